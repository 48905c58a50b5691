<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tl">
<context>
    <name>ChatPanel</name>
    <message>
        <source>The answer appears here as it is written.</source>
        <translation>Dito lalabas ang sagot habang isinusulat ito.</translation>
    </message>
    <message>
        <source>About this answer</source>
        <translation>Tungkol sa sagot na ito</translation>
    </message>
    <message>
        <source>What to do: {0}</source>
        <translation>Ang gagawin: {0}</translation>
    </message>
    <message>
        <source>Loading the model…</source>
        <translation>Nilo-load ang model…</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Nagsusulat…</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Itinigil.</translation>
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
        <translation>huminto sa end token</translation>
    </message>
    <message>
        <source>hit the token limit</source>
        <translation>naabot ang limit ng token</translation>
    </message>
    <message>
        <source>{0} · {1} tokens · {2} tokens/s · {3}</source>
        <translation>{0} · {1} token · {2} token/s · {3}</translation>
    </message>
    <message>
        <source>No answer: {0}</source>
        <translation>Walang sagot: {0}</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Command line:</source>
        <translation>Command line:</translation>
    </message>
    <message>
        <source>Equivalent command line</source>
        <translation>Katumbas na command</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopyahin</translation>
    </message>
    <message>
        <source>Copy the command line</source>
        <translation>Kopyahin ang command</translation>
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
        <translation>Ang mga halimbawang pinag-aaralan ng model. Ipinapakita ang bawat isa ayon sa makikita ng model, gamit ang chat template nito; ang naka-highlight na bahagi ang natututo itong isagot. Sinasabi ng mga problema ang linya at field na aayusin.</translation>
    </message>
    <message>
        <source>Dataset file:</source>
        <translation>File ng dataset:</translation>
    </message>
    <message>
        <source>Dataset file</source>
        <translation>File ng dataset</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Buksan…</translation>
    </message>
    <message>
        <source>Open a dataset file</source>
        <translation>Buksan ang file ng dataset</translation>
    </message>
    <message>
        <source>&amp;Check again</source>
        <translation>&amp;Suriin muli</translation>
    </message>
    <message>
        <source>Check the dataset again</source>
        <translation>Suriin muli ang dataset</translation>
    </message>
    <message>
        <source>Dataset format</source>
        <translation>Format ng dataset</translation>
    </message>
    <message>
        <source>How the rows are read. Automatic looks at the fields of the first row.</source>
        <translation>Kung paano binabasa ang mga row. Tinitingnan ng awtomatiko ang mga field ng unang row.</translation>
    </message>
    <message>
        <source>Detected format</source>
        <translation>Natukoy na format</translation>
    </message>
    <message>
        <source>Maximum length in tokens</source>
        <translation>Pinakamahabang haba sa token</translation>
    </message>
    <message>
        <source>Longer examples are cut to this many tokens.</source>
        <translation>Pinuputol sa ganitong dami ng token ang mas mahahabang halimbawa.</translation>
    </message>
    <message>
        <source>the answers only</source>
        <translation>mga sagot lang</translation>
    </message>
    <message>
        <source>every token</source>
        <translation>bawat token</translation>
    </message>
    <message>
        <source>Tokens the model learns from</source>
        <translation>Mga token na pinag-aaralan ng model</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Detected:</source>
        <translation>Natukoy:</translation>
    </message>
    <message>
        <source>Maximum length:</source>
        <translation>Pinakamahabang haba:</translation>
    </message>
    <message>
        <source>Learn from:</source>
        <translation>Matuto mula sa:</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Which column of your file holds each field the format needs.</source>
        <translation>Aling column ng file mo ang may hawak ng bawat field na kailangan ng format.</translation>
    </message>
    <message>
        <source>Check status</source>
        <translation>Status ng pagsusuri</translation>
    </message>
    <message>
        <source>What the model sees</source>
        <translation>Ang nakikita ng model</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Ulat</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Mga problema</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linya</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Mga column:</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Mga token</translation>
    </message>
    <message>
        <source>Rendered with the chat template</source>
        <translation>Ipinakita gamit ang chat template</translation>
    </message>
    <message>
        <source>Examples as the model sees them</source>
        <translation>Mga halimbawa ayon sa nakikita ng model</translation>
    </message>
    <message>
        <source>Selected example</source>
        <translation>Napiling halimbawa</translation>
    </message>
    <message>
        <source>Select an example to see it in full.</source>
        <translation>Pumili ng halimbawa para makita ito nang buo.</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;background-color:{0}; color:{1}&quot;&gt;&amp;nbsp;highlighted&amp;nbsp;&lt;/span&gt;: the tokens the model learns to write.</source>
        <translation>&lt;span style=&quot;background-color:{0}; color:{1}&quot;&gt;&amp;nbsp;naka-highlight&amp;nbsp;&lt;/span&gt;: ang mga token na natututong isulat ng model.</translation>
    </message>
    <message>
        <source>Rows read:</source>
        <translation>Mga row na nabasa:</translation>
    </message>
    <message>
        <source>Rows with problems:</source>
        <translation>Mga row na may problema:</translation>
    </message>
    <message>
        <source>Duplicates:</source>
        <translation>Mga duplicate:</translation>
    </message>
    <message>
        <source>Examples trained:</source>
        <translation>Mga halimbawang ite-train:</translation>
    </message>
    <message>
        <source>Skipped (no answer left):</source>
        <translation>Nilaktawan (walang natirang sagot):</translation>
    </message>
    <message>
        <source>Cut at the maximum length:</source>
        <translation>Pinutol sa pinakamahabang haba:</translation>
    </message>
    <message>
        <source>Tokens per example:</source>
        <translation>Token bawat halimbawa:</translation>
    </message>
    <message>
        <source>Trained tokens:</source>
        <translation>Mga token na ite-train:</translation>
    </message>
    <message>
        <source>Token lengths</source>
        <translation>Haba sa token</translation>
    </message>
    <message>
        <source>tokens per example</source>
        <translation>token bawat halimbawa</translation>
    </message>
    <message>
        <source>examples</source>
        <translation>mga halimbawa</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Saan</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Problems in the dataset</source>
        <translation>Mga problema sa dataset</translation>
    </message>
    <message>
        <source>Selected problem</source>
        <translation>Napiling problema</translation>
    </message>
    <message>
        <source>Click a problem to see the row and what to do.</source>
        <translation>I-click ang isang problema para makita ang row at ang gagawin.</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>awtomatiko</translation>
    </message>
    <message>
        <source>chat (messages)</source>
        <translation>chat (mga mensahe)</translation>
    </message>
    <message>
        <source>ShareGPT (conversations)</source>
        <translation>ShareGPT (mga usapan)</translation>
    </message>
    <message>
        <source>instruction (Alpaca)</source>
        <translation>instruction (Alpaca)</translation>
    </message>
    <message>
        <source>prompt and response</source>
        <translation>prompt at tugon</translation>
    </message>
    <message>
        <source>raw text</source>
        <translation>raw text</translation>
    </message>
    <message>
        <source>classification</source>
        <translation>classification</translation>
    </message>
    <message>
        <source>named entities</source>
        <translation>named entities</translation>
    </message>
    <message>
        <source>translation</source>
        <translation>salin</translation>
    </message>
    <message>
        <source>questions and answers</source>
        <translation>mga tanong at sagot</translation>
    </message>
    <message>
        <source>Checking {0}…</source>
        <translation>Sinusuri ang {0}…</translation>
    </message>
    <message>
        <source>Open a dataset</source>
        <translation>Buksan ang isang dataset</translation>
    </message>
    <message>
        <source>Datasets (*.jsonl *.json *.csv *.parquet);;All files (*)</source>
        <translation>Mga dataset (*.jsonl *.json *.csv *.parquet);;Lahat ng file (*)</translation>
    </message>
    <message>
        <source>The check failed: {0}</source>
        <translation>Nabigo ang pagsusuri: {0}</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>hindi alam</translation>
    </message>
    <message>
        <source>The file cannot be read. See Problems.</source>
        <translation>Hindi mabasa ang file. Tingnan ang Mga problema.</translation>
    </message>
    <message>
        <source>The format is unknown. Choose it above, then map the columns.</source>
        <translation>Hindi kilala ang format. Piliin ito sa itaas, saka itugma ang mga column.</translation>
    </message>
    <message numerus="yes">
        <source>Rows with problems: %n. Training stops at the first one, so fix them first (see Problems).</source>
        <translation>
            <numerusform>Mga row na may problema: %n. Hihinto ang training sa una, kaya ayusin muna ang mga ito (tingnan ang Mga problema).</numerusform>
            <numerusform>Mga row na may problema: %n. Hihinto ang training sa una, kaya ayusin muna ang mga ito (tingnan ang Mga problema).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rows read: %n. No problems found.</source>
        <translation>
            <numerusform>Mga row na nabasa: %n. Walang nakitang problema.</numerusform>
            <numerusform>Mga row na nabasa: %n. Walang nakitang problema.</numerusform>
        </translation>
    </message>
    <message>
        <source>No token statistics: {0}</source>
        <translation>Walang estadistika ng token: {0}</translation>
    </message>
    <message numerus="yes">
        <source>Problems (%n)</source>
        <translation>
            <numerusform>Mga problema (%n)</numerusform>
            <numerusform>Mga problema (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Column for {0}</source>
        <translation>Column para sa {0}</translation>
    </message>
    <message>
        <source>The column of your file that holds {0}</source>
        <translation>Ang column ng file mo na may hawak ng {0}</translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation>(wala)</translation>
    </message>
    <message>
        <source>(none needed)</source>
        <translation>(hindi kailangan)</translation>
    </message>
    <message>
        <source>{0} (longer than {1} tokens)</source>
        <translation>{0} (mas mahaba sa {1} token)</translation>
    </message>
    <message>
        <source>min {0}, median {1}, 95% {2}, max {3}</source>
        <translation>min {0}, median {1}, 95% {2}, max {3}</translation>
    </message>
    <message>
        <source>max length</source>
        <translation>pinakamahaba</translation>
    </message>
    <message>
        <source>Longer than the maximum length: it will be cut.</source>
        <translation>Mas mahaba sa pinakamahabang haba: puputulin ito.</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>kadoble</translation>
    </message>
    <message>
        <source>What to do: {0}</source>
        <translation>Ang gagawin: {0}</translation>
    </message>
    <message>
        <source>The row as read:</source>
        <translation>Ang row ayon sa pagkabasa:</translation>
    </message>
</context>
<context>
    <name>DistributedPanel</name>
    <message>
        <source>Several processes (GPUs or machines)</source>
        <translation>Ilang process (mga GPU o computer)</translation>
    </message>
    <message>
        <source>One process</source>
        <translation>Isang process</translation>
    </message>
    <message>
        <source>ZeRO-1: split optimizer</source>
        <translation>ZeRO-1: hatiin ang optimizer</translation>
    </message>
    <message>
        <source>ZeRO-2: split optimizer and gradients</source>
        <translation>ZeRO-2: hatiin ang optimizer at gradients</translation>
    </message>
    <message>
        <source>ZeRO-3: split everything</source>
        <translation>ZeRO-3: hatiin ang lahat</translation>
    </message>
    <message>
        <source>FSDP: split everything (GPUs)</source>
        <translation>FSDP: hatiin ang lahat (mga GPU)</translation>
    </message>
    <message>
        <source>Strategy:</source>
        <translation>Estratehiya:</translation>
    </message>
    <message>
        <source>Processes per machine:</source>
        <translation>Mga process bawat computer:</translation>
    </message>
    <message>
        <source>Machines:</source>
        <translation>Mga computer:</translation>
    </message>
    <message>
        <source>Optimizer in CPU memory</source>
        <translation>Optimizer sa memorya ng CPU</translation>
    </message>
    <message>
        <source>Parameters in CPU memory</source>
        <translation>Mga parameter sa memorya ng CPU</translation>
    </message>
    <message>
        <source>Show command</source>
        <translation>Ipakita ang command</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopyahin</translation>
    </message>
    <message>
        <source>Copy the command and the configuration</source>
        <translation>Kopyahin ang command at ang configuration</translation>
    </message>
    <message>
        <source>Estimated peak memory per device: {0} ({1})</source>
        <translation>Tantiyang pinakamataas na memorya bawat device: {0} ({1})</translation>
    </message>
    <message>
        <source># on every machine, RUN_DIR being the run folder (without a GPU, first: export DS_ACCELERATOR=cpu):</source>
        <translation># sa bawat computer, kung saan ang RUN_DIR ang folder ng run (kung walang GPU, una: export DS_ACCELERATOR=cpu):</translation>
    </message>
    <message>
        <source># RUN_DIR/deepspeed.json:</source>
        <translation># RUN_DIR/deepspeed.json:</translation>
    </message>
    <message>
        <source># FSDP settings (Trainer):</source>
        <translation># mga setting ng FSDP (Trainer):</translation>
    </message>
    <message>
        <source># global batch: {0}; the whole run to take elsewhere: desktop-ft train CONFIG.yaml --emit-launch DIR</source>
        <translation># global batch: {0}; ang buong run na dadalhin sa ibang lugar: desktop-ft train CONFIG.yaml --emit-launch DIR</translation>
    </message>
</context>
<context>
    <name>EvaluatePage</name>
    <message>
        <source>Evaluate &amp; chat</source>
        <translation>Suriin at mag-chat</translation>
    </message>
    <message>
        <source>Ask the model before and after fine-tuning the same question, and see the run&apos;s scores. The answers are written as they are generated.</source>
        <translation>Itanong ang parehong tanong sa model bago at pagkatapos ng fine-tuning, at tingnan ang mga score ng run. Isinusulat ang mga sagot habang binubuo.</translation>
    </message>
    <message>
        <source>Run:</source>
        <translation>Run:</translation>
    </message>
    <message>
        <source>Run to evaluate</source>
        <translation>Run na susuriin</translation>
    </message>
    <message>
        <source>Prompt for both models</source>
        <translation>Prompt para sa dalawang model</translation>
    </message>
    <message>
        <source>Type a question for both models…</source>
        <translation>Mag-type ng tanong para sa dalawang model…</translation>
    </message>
    <message>
        <source>Tokens:</source>
        <translation>Token:</translation>
    </message>
    <message>
        <source>Most tokens per answer</source>
        <translation>Pinakamaraming token bawat sagot</translation>
    </message>
    <message>
        <source>The most tokens each answer may have.</source>
        <translation>Ang pinakamaraming token na maaaring taglayin ng bawat sagot.</translation>
    </message>
    <message>
        <source>&amp;Ask both</source>
        <translation>&amp;Tanungin pareho</translation>
    </message>
    <message>
        <source>Ask both models</source>
        <translation>Tanungin ang dalawang model</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>I&amp;hinto</translation>
    </message>
    <message>
        <source>Stop both answers</source>
        <translation>Ihinto ang dalawang sagot</translation>
    </message>
    <message>
        <source>Before: the base model</source>
        <translation>Bago: ang base model</translation>
    </message>
    <message>
        <source>After: your fine-tuned model</source>
        <translation>Pagkatapos: ang iyong na-fine-tune na model</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Mga score</translation>
    </message>
    <message>
        <source>&amp;Score the run</source>
        <translation>&amp;I-score ang run</translation>
    </message>
    <message>
        <source>Score the run, base against fine-tuned</source>
        <translation>I-score ang run: base laban sa na-fine-tune</translation>
    </message>
    <message>
        <source>Measure the scenario&apos;s metric on the held-out rows for both models (writes eval.json).</source>
        <translation>Sukatin ang metric ng senaryo sa mga itinabing row para sa dalawang model (isinusulat sa eval.json).</translation>
    </message>
    <message>
        <source>Scoring progress</source>
        <translation>Progreso ng pag-score</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Sukatan</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>Fine-tuned</source>
        <translation>Na-fine-tune</translation>
    </message>
    <message>
        <source>Scores of the run</source>
        <translation>Mga score ng run</translation>
    </message>
    <message>
        <source>No trained run yet. Train one on the Train page.</source>
        <translation>Wala pang na-train na run. Mag-train ng isa sa page na Mag-train.</translation>
    </message>
    <message>
        <source>During training</source>
        <translation>Habang nagte-train</translation>
    </message>
    <message>
        <source>Last eval loss (step {0})</source>
        <translation>Huling eval loss (hakbang {0})</translation>
    </message>
    <message>
        <source>Best eval loss (step {0})</source>
        <translation>Pinakamababang eval loss (hakbang {0})</translation>
    </message>
    <message>
        <source>Perplexity at the last eval</source>
        <translation>Perplexity sa huling eval</translation>
    </message>
    <message>
        <source>Scored on {0} held-out rows ({1}).</source>
        <translation>Na-score sa {0} itinabing row ({1}).</translation>
    </message>
    <message>
        <source>Not scored yet: Score the run measures its scenario&apos;s metric for both models.</source>
        <translation>Wala pang score: sinusukat ng I-score ang run ang metric ng senaryo nito para sa dalawang model.</translation>
    </message>
    <message>
        <source>Scenario: {0}</source>
        <translation>Senaryo: {0}</translation>
    </message>
    <message>
        <source>The metric this scenario is judged by.</source>
        <translation>Ang metric na ginagamit sa paghatol sa senaryong ito.</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Mga sample</translation>
    </message>
    <message>
        <source>Expected: {0}</source>
        <translation>Inaasahan: {0}</translation>
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
        <translation>I-export ang na-train na run sa ONNX para sa CPU, GPU at edge device. Sinusuri ang bawat export laban sa na-train na model, at makakausap mo ito bago mo ito ipadala.</translation>
    </message>
    <message>
        <source>Export settings</source>
        <translation>Mga setting ng export</translation>
    </message>
    <message>
        <source>Run to export</source>
        <translation>Run na ie-export</translation>
    </message>
    <message>
        <source>Runs that finished training.</source>
        <translation>Mga run na tapos nang mag-train.</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Precision</translation>
    </message>
    <message>
        <source>fp32 (exact, largest)</source>
        <translation>fp32 (eksakto, pinakamalaki)</translation>
    </message>
    <message>
        <source>fp16 (half size, for GPUs)</source>
        <translation>fp16 (kalahati ng laki, para sa GPU)</translation>
    </message>
    <message>
        <source>int8 (quarter size)</source>
        <translation>int8 (sangkapat ng laki)</translation>
    </message>
    <message>
        <source>int4 (smallest, fastest on CPU)</source>
        <translation>int4 (pinakamaliit, pinakamabilis sa CPU)</translation>
    </message>
    <message>
        <source>Target device</source>
        <translation>Target na device</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>NVIDIA GPU (CUDA)</source>
        <translation>NVIDIA GPU (CUDA)</translation>
    </message>
    <message>
        <source>Windows GPU (DirectML)</source>
        <translation>Windows GPU (DirectML)</translation>
    </message>
    <message>
        <source>Block size</source>
        <translation>Laki ng block</translation>
    </message>
    <message>
        <source>Weights quantized together. Smaller blocks are more accurate and a little larger.</source>
        <translation>Mga weight na sabay na kina-quantize. Mas tumpak at bahagyang mas malaki ang mas maliliit na block.</translation>
    </message>
    <message>
        <source>Accuracy level</source>
        <translation>Antas ng katumpakan</translation>
    </message>
    <message>
        <source>Compute type of quantized matrix products. 4 (int8) is the fastest on CPUs.</source>
        <translation>Uri ng compute ng mga quantized na matrix product. Ang 4 (int8) ang pinakamabilis sa CPU.</translation>
    </message>
    <message>
        <source>Run:</source>
        <translation>Run:</translation>
    </message>
    <message>
        <source>Precision:</source>
        <translation>Precision:</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>Target:</translation>
    </message>
    <message>
        <source>Block size:</source>
        <translation>Laki ng block:</translation>
    </message>
    <message>
        <source>Accuracy level:</source>
        <translation>Antas ng katumpakan:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;I-export</translation>
    </message>
    <message>
        <source>Export the run</source>
        <translation>I-export ang run</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>I&amp;hinto</translation>
    </message>
    <message>
        <source>Stop the export</source>
        <translation>Ihinto ang export</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progreso ng export</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>Status ng export</translation>
    </message>
    <message>
        <source>Exports of this run:</source>
        <translation>Mga export ng run na ito:</translation>
    </message>
    <message>
        <source>Exports of this run</source>
        <translation>Mga export ng run na ito</translation>
    </message>
    <message>
        <source>Prompt for the exported model</source>
        <translation>Prompt para sa na-export na model</translation>
    </message>
    <message>
        <source>Ask the exported model something…</source>
        <translation>Magtanong ng kahit ano sa na-export na model…</translation>
    </message>
    <message>
        <source>&amp;Ask</source>
        <translation>&amp;Magtanong</translation>
    </message>
    <message>
        <source>Ask the exported model</source>
        <translation>Tanungin ang na-export na model</translation>
    </message>
    <message>
        <source>The exported model answers</source>
        <translation>Sumasagot ang na-export na model</translation>
    </message>
    <message>
        <source>Parity report</source>
        <translation>Ulat ng parity</translation>
    </message>
    <message>
        <source>Try the export</source>
        <translation>Subukan ang export</translation>
    </message>
    <message>
        <source>starting…</source>
        <translation>nagsisimula…</translation>
    </message>
    <message>
        <source>Stopping; nothing will be written…</source>
        <translation>Inihihinto; walang isusulat…</translation>
    </message>
    <message>
        <source>Stopped. Nothing was written.</source>
        <translation>Itinigil. Walang naisulat.</translation>
    </message>
    <message>
        <source>done</source>
        <translation>tapos na</translation>
    </message>
    <message>
        <source>Exported to {0}</source>
        <translation>Na-export sa {0}</translation>
    </message>
    <message>
        <source>Exporting {0}…</source>
        <translation>Ine-export ang {0}…</translation>
    </message>
    <message>
        <source>The export failed: {0}</source>
        <translation>Nabigo ang export: {0}</translation>
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
        <translation>Ang processor, memorya at mga accelerator na nakita sa computer na ito. Para sa mga ito ginagawa ang mga rekomendasyon at tantiya ng memorya sa mga susunod na hakbang.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Halaga</translation>
    </message>
    <message>
        <source>Detected hardware</source>
        <translation>Natukoy na hardware</translation>
    </message>
    <message>
        <source>&amp;Detect again</source>
        <translation>&amp;Tukuyin muli</translation>
    </message>
    <message>
        <source>Detect the hardware again</source>
        <translation>Tukuyin muli ang hardware</translation>
    </message>
    <message>
        <source>Detecting…</source>
        <translation>Tinutukoy…</translation>
    </message>
    <message>
        <source>Hardware detection failed: {0}</source>
        <translation>Nabigo ang pagtukoy ng hardware: {0}</translation>
    </message>
    <message>
        <source>Detection stopped.</source>
        <translation>Itinigil ang pagtukoy.</translation>
    </message>
    <message>
        <source>Hardware detection unavailable in this build.</source>
        <translation>Hindi available ang pagtukoy ng hardware sa build na ito.</translation>
    </message>
    <message>
        <source>An NVIDIA GPU is present, but the installed PyTorch ({0}) is a CPU build: training runs on the CPU.</source>
        <translation>May NVIDIA GPU, pero CPU build ang naka-install na PyTorch ({0}): sa CPU tatakbo ang training.</translation>
    </message>
    <message>
        <source>The NVIDIA driver ({0}) is too old for the installed PyTorch ({1}): training runs on the CPU.</source>
        <translation>Masyadong luma ang NVIDIA driver ({0}) para sa naka-install na PyTorch ({1}): sa CPU tatakbo ang training.</translation>
    </message>
    <message>
        <source>PyTorch is not installed or does not load, so training cannot start.</source>
        <translation>Hindi naka-install o hindi nag-load ang PyTorch, kaya hindi makapagsimula ang training.</translation>
    </message>
    <message>
        <source>This is the CPU build of Desktop FT. To train on the GPU, install its GPU build, or install Desktop FT with pip (see the README).</source>
        <translation>Ito ang CPU build ng Desktop FT. Para mag-train sa GPU, i-install ang GPU build nito, o i-install ang Desktop FT gamit ang pip (tingnan ang README).</translation>
    </message>
    <message>
        <source>Install the matching PyTorch build, then restart Desktop FT:</source>
        <translation>I-install ang katugmang PyTorch build, saka i-restart ang Desktop FT:</translation>
    </message>
    <message>
        <source>Update the NVIDIA driver to version {0} or newer.</source>
        <translation>I-update ang NVIDIA driver sa bersyon {0} o mas bago.</translation>
    </message>
    <message numerus="yes">
        <source>Found %n GPU(s) that PyTorch cannot use yet: {0}.</source>
        <translation>
            <numerusform>May nakitang %n GPU na hindi pa magamit ng PyTorch: {0}.</numerusform>
            <numerusform>May nakitang %n GPU na hindi pa magamit ng PyTorch: {0}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Training can use %n GPU(s): {0}.</source>
        <translation>
            <numerusform>Magagamit ng training ang %n GPU: {0}.</numerusform>
            <numerusform>Magagamit ng training ang %n GPU: {0}.</numerusform>
        </translation>
    </message>
    <message>
        <source>No GPU found: training runs on the CPU (fine for the demo and small models).</source>
        <translation>Walang nakitang GPU: sa CPU tatakbo ang training (sapat para sa demo at maliliit na model).</translation>
    </message>
    <message>
        <source>Processor</source>
        <translation>Processor</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Pangalan</translation>
    </message>
    <message>
        <source>Cores</source>
        <translation>Mga core</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Mga thread</translation>
    </message>
    <message>
        <source>Instruction sets</source>
        <translation>Mga instruction set</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Memorya</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>Mga GPU</translation>
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
        <translation>Compute capability</translation>
    </message>
    <message>
        <source>ONNX Runtime providers</source>
        <translation>Mga provider ng ONNX Runtime</translation>
    </message>
    <message>
        <source>Accelerators</source>
        <translation>Mga accelerator</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Operating system</translation>
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
        <translation>Arkitektura</translation>
    </message>
    <message>
        <source>Measured speed</source>
        <translation>Nasukat na bilis</translation>
    </message>
    <message>
        <source>Memory available</source>
        <translation>Available na memorya</translation>
    </message>
    <message>
        <source>Memory free</source>
        <translation>Bakanteng memorya</translation>
    </message>
    <message>
        <source>Disk free</source>
        <translation>Bakanteng espasyo sa disk</translation>
    </message>
    <message>
        <source>Runs folder</source>
        <translation>Folder ng mga run</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>Interconnect</source>
        <translation>Interconnect</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>Driver</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Uri</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <source>Not detected</source>
        <translation>Hindi natukoy</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Mga tala</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Pinagmulan</translation>
    </message>
    <message>
        <source>none</source>
        <translation>wala</translation>
    </message>
    <message>
        <source>{0} GFLOP/s (fp32 matmul)</source>
        <translation>{0} GFLOP/s (fp32 matmul)</translation>
    </message>
    <message>
        <source>not measured (press Detect again)</source>
        <translation>hindi nasukat (pindutin ang Tukuyin muli)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oo</translation>
    </message>
    <message>
        <source>no</source>
        <translation>hindi</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>hindi alam</translation>
    </message>
</context>
<context>
    <name>Histogram</name>
    <message>
        <source>No lengths to show yet.</source>
        <translation>Wala pang habang maipapakita.</translation>
    </message>
</context>
<context>
    <name>HostedDialog</name>
    <message>
        <source>Fine-tune at a hosted service</source>
        <translation>Mag-fine-tune sa hosted na serbisyo</translation>
    </message>
    <message>
        <source>Your dataset is converted to the service&apos;s chat format and checked against its rules. Nothing is uploaded until you confirm; the service bills the training tokens.</source>
        <translation>Kino-convert ang dataset mo sa chat format ng serbisyo at sinusuri ayon sa mga patakaran nito. Walang ia-upload hangga&apos;t hindi mo kinukumpirma; sinisingil ng serbisyo ang mga training token.</translation>
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
        <translation>Serbisyo</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpoint</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API key</translation>
    </message>
    <message>
        <source>Base model at the service</source>
        <translation>Base model sa serbisyo</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Serbisyo:</translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation>&amp;Endpoint:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API &amp;key:</translation>
    </message>
    <message>
        <source>Base &amp;model:</source>
        <translation>Base &amp;model:</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Suriin &amp;muli</translation>
    </message>
    <message>
        <source>Converted data and cost estimate</source>
        <translation>Na-convert na data at tantiya ng gastos</translation>
    </message>
    <message>
        <source>Problems found in the data</source>
        <translation>Mga problemang nakita sa data</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destinasyon</translation>
    </message>
    <message>
        <source>&amp;Confirm and upload</source>
        <translation>&amp;Kumpirmahin at i-upload</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>Mga problema:</translation>
    </message>
    <message>
        <source>Converting and checking the dataset…</source>
        <translation>Kino-convert at sinusuri ang dataset…</translation>
    </message>
    <message>
        <source>The dataset cannot be prepared: {0}</source>
        <translation>Hindi maihanda ang dataset: {0}</translation>
    </message>
    <message>
        <source>stored in the system keyring</source>
        <translation>nakatago sa keyring ng system</translation>
    </message>
    <message>
        <source>paste the key</source>
        <translation>i-paste ang key</translation>
    </message>
    <message>
        <source>Dataset: {0} ({1})</source>
        <translation>Dataset: {0} ({1})</translation>
    </message>
    <message>
        <source>Converted: {0} training and {1} validation examples, chat JSONL</source>
        <translation>Na-convert: {0} halimbawa para sa training at {1} para sa validation, chat JSONL</translation>
    </message>
    <message>
        <source>Tokens per epoch: about {0} (largest example {1}; the service trains on up to {2} per example)</source>
        <translation>Token bawat epoch: mga {0} (pinakamalaking halimbawa {1}; hanggang {2} bawat halimbawa ang tine-train ng serbisyo)</translation>
    </message>
    <message>
        <source>Billed training tokens: about {0} ({1} epochs)</source>
        <translation>Sisingilin na training token: mga {0} ({1} epoch)</translation>
    </message>
    <message>
        <source>The estimate counts about 4 bytes of text per token; the service reports the exact count when the job ends.</source>
        <translation>Tinatantiya ng estimate na mga 4 byte ng text bawat token; iuulat ng serbisyo ang eksaktong bilang kapag natapos ang job.</translation>
    </message>
    <message>
        <source>Base model: {0}</source>
        <translation>Base model: {0}</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>babala</translation>
    </message>
    <message>
        <source>… and {0} more</source>
        <translation>… at {0} pa</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Walang nakitang problema.</translation>
    </message>
    <message>
        <source>The dataset has not been checked yet.</source>
        <translation>Hindi pa nasusuri ang dataset.</translation>
    </message>
    <message>
        <source>Fix the errors listed first.</source>
        <translation>Ayusin muna ang mga nakalistang error.</translation>
    </message>
    <message>
        <source>Enter the service&apos;s endpoint (https://…).</source>
        <translation>Ilagay ang endpoint ng serbisyo (https://…).</translation>
    </message>
    <message>
        <source>Enter the API key; it is kept in the system keyring.</source>
        <translation>Ilagay ang API key; itatago ito sa keyring ng system.</translation>
    </message>
    <message>
        <source>Will upload {0} examples ({1}) to {2} at {3} and start a fine-tuning job of {4} there.</source>
        <translation>Ia-upload ang {0} halimbawa ({1}) sa {2} sa {3} at magsisimula roon ng fine-tuning job ng {4}.</translation>
    </message>
</context>
<context>
    <name>LivePlots</name>
    <message>
        <source>Preparing plots…</source>
        <translation>Inihahanda ang mga graph…</translation>
    </message>
    <message>
        <source>step</source>
        <translation>hakbang</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Steps</source>
        <translation>Mga hakbang</translation>
    </message>
    <message>
        <source>Current step</source>
        <translation>Kasalukuyang hakbang</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Open configuration…</source>
        <translation>&amp;Buksan ang configuration…</translation>
    </message>
    <message>
        <source>Use the bundled &amp;demo</source>
        <translation>Gamitin ang kasamang &amp;demo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Umalis</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Pumunta</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>T&amp;ingnan</translation>
    </message>
    <message>
        <source>&amp;Light theme</source>
        <translation>&amp;Maliwanag na tema</translation>
    </message>
    <message>
        <source>&amp;Dark theme</source>
        <translation>&amp;Madilim na tema</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Wika</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Tulong</translation>
    </message>
    <message>
        <source>&amp;About Desktop FT</source>
        <translation>&amp;Tungkol sa Desktop FT</translation>
    </message>
    <message>
        <source>{0} (Ctrl+{1})</source>
        <translation>{0} (Ctrl+{1})</translation>
    </message>
    <message>
        <source>About Desktop FT</source>
        <translation>Tungkol sa Desktop FT</translation>
    </message>
    <message>
        <source>Desktop FT {0}
Point-and-click fine-tuning of language models on your own machine, with ONNX export for the edge.</source>
        <translation>Desktop FT {0}
Fine-tuning ng mga language model sa sarili mong computer sa ilang click lang, may export sa ONNX para sa edge.</translation>
    </message>
    <message>
        <source>Open a run configuration</source>
        <translation>Buksan ang configuration ng run</translation>
    </message>
    <message>
        <source>Run configuration (*.yaml *.yml);;All files (*)</source>
        <translation>Configuration ng run (*.yaml *.yml);;Lahat ng file (*)</translation>
    </message>
    <message>
        <source>Desktop FT — training</source>
        <translation>Desktop FT — nagsasanay</translation>
    </message>
    <message>
        <source>Desktop FT</source>
        <translation>Desktop FT</translation>
    </message>
    <message>
        <source>Training is running</source>
        <translation>Tumatakbo ang training</translation>
    </message>
    <message>
        <source>A training run is in progress. Stop it and quit?

It stops after the current step and keeps its last checkpoint; Resume continues it later.</source>
        <translation>May tumatakbong training run. Ihinto ito at umalis?

Hihinto ito pagkatapos ng kasalukuyang hakbang at itatago ang huling checkpoint; itutuloy ito ng Ituloy sa ibang pagkakataon.</translation>
    </message>
    <message>
        <source>Still stopping the run after its current step…</source>
        <translation>Inihihinto pa ang run pagkatapos ng kasalukuyang hakbang…</translation>
    </message>
    <message>
        <source>Stopping the run after its current step…</source>
        <translation>Inihihinto ang run pagkatapos ng kasalukuyang hakbang…</translation>
    </message>
</context>
<context>
    <name>MemoryBars</name>
    <message>
        <source>device memory</source>
        <translation>memorya ng device</translation>
    </message>
    <message>
        <source>Memory estimate</source>
        <translation>Tantiya ng memorya</translation>
    </message>
    <message>
        <source>Total: {0} of {1} ({2})</source>
        <translation>Kabuuan: {0} sa {1} ({2})</translation>
    </message>
    <message>
        <source>Select a plan to see its memory.</source>
        <translation>Pumili ng plano para makita ang memorya nito.</translation>
    </message>
    <message>
        <source>{0} of {1} {2}</source>
        <translation>{0} sa {1} ({2})</translation>
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
        <translation>Ang model na ife-fine-tune: isa mula sa catalog (nauuna ang pamilyang Phi-3), isang folder ng model sa computer na ito, o isang download mula sa Hugging Face Hub.</translation>
    </message>
    <message>
        <source>Model of this run:</source>
        <translation>Model ng run na ito:</translation>
    </message>
    <message>
        <source>Model of this run</source>
        <translation>Model ng run na ito</translation>
    </message>
    <message>
        <source>Allow this model to run its own code (trust_remote_code)</source>
        <translation>Payagan ang model na ito na patakbuhin ang sarili nitong code (trust_remote_code)</translation>
    </message>
    <message>
        <source>Allow this model to run its own code</source>
        <translation>Payagan ang model na ito na patakbuhin ang sarili nitong code</translation>
    </message>
    <message>
        <source>Some models ship Python code that runs on your computer, with your rights, when they load. Allow it only if you trust the model&apos;s authors. It applies to this model only.</source>
        <translation>May mga model na may kasamang Python code na tumatakbo sa computer mo, gamit ang iyong mga karapatan, kapag nilo-load ang mga ito. Payagan lang ito kung pinagkakatiwalaan mo ang mga gumawa ng model. Para sa model na ito lang ito.</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Catalog</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Pamilya</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Mga parameter</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lisensya</translation>
    </message>
    <message>
        <source>Context (tokens)</source>
        <translation>Context (token)</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Download</translation>
    </message>
    <message>
        <source>Hub id</source>
        <translation>Hub id</translation>
    </message>
    <message>
        <source>Size of the weights in bf16, as published.</source>
        <translation>Laki ng mga weight sa bf16, ayon sa inilathala.</translation>
    </message>
    <message>
        <source>Model catalog</source>
        <translation>Catalog ng model</translation>
    </message>
    <message>
        <source>&amp;Use this model</source>
        <translation>&amp;Gamitin ang model na ito</translation>
    </message>
    <message>
        <source>Use the selected catalog model</source>
        <translation>Gamitin ang napiling model sa catalog</translation>
    </message>
    <message>
        <source>Sizes and licences are known offline. A catalog model is downloaded when training starts, or below.</source>
        <translation>Alam ang mga laki at lisensya kahit offline. Dina-download ang model mula sa catalog kapag nagsimula ang training, o sa ibaba.</translation>
    </message>
    <message>
        <source>Model folder on this computer</source>
        <translation>Folder ng model sa computer na ito</translation>
    </message>
    <message>
        <source>Model folder</source>
        <translation>Folder ng model</translation>
    </message>
    <message>
        <source>A folder with config.json, weights and tokenizer</source>
        <translation>Folder na may config.json, mga weight at tokenizer</translation>
    </message>
    <message>
        <source>Choose &amp;folder…</source>
        <translation>Pumili ng &amp;folder…</translation>
    </message>
    <message>
        <source>Choose a model folder</source>
        <translation>Pumili ng folder ng model</translation>
    </message>
    <message>
        <source>Download from the Hugging Face Hub</source>
        <translation>I-download mula sa Hugging Face Hub</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>&amp;I-download</translation>
    </message>
    <message>
        <source>Download the model</source>
        <translation>I-download ang model</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>I&amp;hinto</translation>
    </message>
    <message>
        <source>Stop the download</source>
        <translation>Ihinto ang download</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Progreso ng download</translation>
    </message>
    <message>
        <source>Download status</source>
        <translation>Status ng download</translation>
    </message>
    <message>
        <source>{0} parameters, {1} tokens of context</source>
        <translation>{0} parameter, {1} token ng context</translation>
    </message>
    <message>
        <source>Type a hub id, such as microsoft/Phi-3-mini-4k-instruct.</source>
        <translation>Mag-type ng hub id, gaya ng microsoft/Phi-3-mini-4k-instruct.</translation>
    </message>
    <message>
        <source>Connecting to the Hub for {0}…</source>
        <translation>Kumokonekta sa Hub para sa {0}…</translation>
    </message>
    <message>
        <source>Downloading {0}…</source>
        <translation>Dina-download ang {0}…</translation>
    </message>
    <message>
        <source>Downloaded to {0}. It is now the model of this run.</source>
        <translation>Na-download sa {0}. Ito na ang model ng run na ito.</translation>
    </message>
    <message>
        <source>Download stopped. Files already fetched stay in the cache.</source>
        <translation>Itinigil ang download. Mananatili sa cache ang mga file na nakuha na.</translation>
    </message>
    <message>
        <source>What to do: {0}</source>
        <translation>Ang gagawin: {0}</translation>
    </message>
    <message>
        <source>demo (bundled Phi-3 architecture demo model)</source>
        <translation>demo (kasamang demo model na may arkitekturang Phi-3)</translation>
    </message>
</context>
<context>
    <name>ParityView</name>
    <message>
        <source>Parity verdict</source>
        <translation>Hatol ng parity</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Sukatan</translation>
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
        <translation>Threshold</translation>
    </message>
    <message>
        <source>Parity report</source>
        <translation>Ulat ng parity</translation>
    </message>
    <message>
        <source>match: answers like the trained model</source>
        <translation>tugma: sumasagot gaya ng na-train na model</translation>
    </message>
    <message>
        <source>pass: within the limits for this precision</source>
        <translation>pasado: pasok sa mga limit para sa precision na ito</translation>
    </message>
    <message>
        <source>fail: does not answer like the trained model</source>
        <translation>bagsak: hindi sumasagot gaya ng na-train na model</translation>
    </message>
    <message>
        <source>not run: this target cannot run here</source>
        <translation>hindi pinatakbo: hindi tatakbo rito ang target na ito</translation>
    </message>
    <message>
        <source>No export selected.</source>
        <translation>Walang napiling export.</translation>
    </message>
    <message>
        <source>Verdict: {0}</source>
        <translation>Hatol: {0}</translation>
    </message>
    <message>
        <source>Largest logit difference</source>
        <translation>Pinakamalaking pagkakaiba ng logit</translation>
    </message>
    <message>
        <source>Relative logit difference</source>
        <translation>Relatibong pagkakaiba ng logit</translation>
    </message>
    <message>
        <source>Same next token (top-1)</source>
        <translation>Parehong susunod na token (top-1)</translation>
    </message>
    <message>
        <source>Same next token where PyTorch is sure</source>
        <translation>Parehong susunod na token kung saan sigurado ang PyTorch</translation>
    </message>
    <message>
        <source>Mean KL divergence</source>
        <translation>Karaniwang KL divergence</translation>
    </message>
    <message>
        <source>Same greedy answer</source>
        <translation>Parehong greedy na sagot</translation>
    </message>
    <message>
        <source>Greedy tokens in agreement</source>
        <translation>Mga greedy token na magkatugma</translation>
    </message>
    <message>
        <source>Stops where PyTorch stops</source>
        <translation>Humihinto kung saan humihinto ang PyTorch</translation>
    </message>
    <message>
        <source>End tokens</source>
        <translation>Mga end token</translation>
    </message>
    <message>
        <source>Chat template</source>
        <translation>Chat template</translation>
    </message>
    <message>
        <source>Perplexity</source>
        <translation>Perplexity</translation>
    </message>
    <message>
        <source>Perplexity ratio (ONNX / PyTorch)</source>
        <translation>Ratio ng perplexity (ONNX / PyTorch)</translation>
    </message>
    <message>
        <source>Size on disk</source>
        <translation>Laki sa disk</translation>
    </message>
    <message>
        <source>Load time (s)</source>
        <translation>Oras ng pag-load (s)</translation>
    </message>
    <message>
        <source>First token (s)</source>
        <translation>Unang token (s)</translation>
    </message>
    <message>
        <source>Tokens per second</source>
        <translation>Token bawat segundo</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oo</translation>
    </message>
    <message>
        <source>no</source>
        <translation>hindi</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>Plan</source>
        <translation>Plano</translation>
    </message>
    <message>
        <source>Ranked fine-tuning plans for this machine, with their memory estimates. Choose one and apply it: the Train page runs exactly these settings.</source>
        <translation>Mga nakaranggong plano ng fine-tuning para sa computer na ito, kasama ang tantiya ng memorya. Pumili ng isa at ilapat ito: eksaktong ang mga setting na ito ang patatakbuhin ng page na Mag-train.</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Senaryo</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation> token</translation>
    </message>
    <message>
        <source>Sequence length</source>
        <translation>Haba ng sequence</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Model:</translation>
    </message>
    <message>
        <source>&amp;Scenario:</source>
        <translation>&amp;Senaryo:</translation>
    </message>
    <message>
        <source>Se&amp;quence:</source>
        <translation>Se&amp;quence:</translation>
    </message>
    <message>
        <source>&amp;Recommend</source>
        <translation>&amp;Irekomenda</translation>
    </message>
    <message>
        <source>Recommend plans</source>
        <translation>Magrekomenda ng mga plano</translation>
    </message>
    <message>
        <source>Goals:</source>
        <translation>Mga layunin:</translation>
    </message>
    <message>
        <source>Go to &amp;Hardware</source>
        <translation>Pumunta sa &amp;Hardware</translation>
    </message>
    <message>
        <source>Go to the Hardware page</source>
        <translation>Pumunta sa page na Hardware</translation>
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
        <translation>Layout</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Hatol</translation>
    </message>
    <message>
        <source>Peak memory</source>
        <translation>Pinakamataas na memorya</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Bakit</translation>
    </message>
    <message>
        <source>Ranked plans</source>
        <translation>Mga nakaranggong plano</translation>
    </message>
    <message>
        <source>Why this plan</source>
        <translation>Bakit ang planong ito</translation>
    </message>
    <message>
        <source>&amp;Apply to training settings</source>
        <translation>I&amp;lapat sa mga setting ng training</translation>
    </message>
    <message>
        <source>Apply the selected plan to the training settings</source>
        <translation>Ilapat ang napiling plano sa mga setting ng training</translation>
    </message>
    <message>
        <source>Run hos&amp;ted…</source>
        <translation>Patakbuhin sa hos&amp;ted…</translation>
    </message>
    <message>
        <source>Fine-tune at a hosted service (Azure AI Foundry or OpenAI) instead of this machine: the data, the cost and the destination are shown first</source>
        <translation>Mag-fine-tune sa isang hosted na serbisyo (Azure AI Foundry o OpenAI) sa halip na sa computer na ito: ipinapakita muna ang data, ang gastos at ang destinasyon</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Mga plano</translation>
    </message>
    <message>
        <source>Cookbook matrix</source>
        <translation>Matrix ng Cookbook</translation>
    </message>
    <message>
        <source>Several processes</source>
        <translation>Ilang process</translation>
    </message>
    <message>
        <source>Lower cost</source>
        <translation>Mas mababang gastos</translation>
    </message>
    <message>
        <source>Less memory</source>
        <translation>Mas kaunting memorya</translation>
    </message>
    <message>
        <source>Fewer parameters</source>
        <translation>Mas kaunting parameter</translation>
    </message>
    <message>
        <source>Multi-GPU</source>
        <translation>Maraming GPU</translation>
    </message>
    <message>
        <source>fits</source>
        <translation>kasya</translation>
    </message>
    <message>
        <source>tight</source>
        <translation>halos sakto</translation>
    </message>
    <message>
        <source>does not fit</source>
        <translation>hindi kasya</translation>
    </message>
    <message>
        <source>weights</source>
        <translation>weights</translation>
    </message>
    <message>
        <source>adapter</source>
        <translation>adapter</translation>
    </message>
    <message>
        <source>gradients</source>
        <translation>gradients</translation>
    </message>
    <message>
        <source>optimizer</source>
        <translation>optimizer</translation>
    </message>
    <message>
        <source>activations</source>
        <translation>activations</translation>
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
        <translation>Uri</translation>
    </message>
    <message>
        <source>Scenario or goal</source>
        <translation>Senaryo o layunin</translation>
    </message>
    <message>
        <source>Fine-tuning scenarios and techniques</source>
        <translation>Mga senaryo at teknik ng fine-tuning</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Layunin</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oo</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Hindi</translation>
    </message>
    <message>
        <source>Training settings now: {0}</source>
        <translation>Mga setting ng training ngayon: {0}</translation>
    </message>
    <message>
        <source>, rank {0}</source>
        <translation>, rank {0}</translation>
    </message>
    <message>
        <source>, batch {0} × {1}, {2} tokens, checkpointing {3}</source>
        <translation>, batch {0} × {1}, {2} token, checkpointing {3}</translation>
    </message>
    <message>
        <source>on</source>
        <translation>naka-on</translation>
    </message>
    <message>
        <source>off</source>
        <translation>naka-off</translation>
    </message>
    <message>
        <source>Detect hardware first: plans are made for the machine the Hardware page found.</source>
        <translation>Tukuyin muna ang hardware: ginagawa ang mga plano para sa computer na nakita ng page na Hardware.</translation>
    </message>
    <message>
        <source>For {0} ({1}).</source>
        <translation>Para sa {0} ({1}).</translation>
    </message>
    <message>
        <source>{0} on {1} GPUs</source>
        <translation>{0} sa {1} GPU</translation>
    </message>
    <message>
        <source> + CPU offload</source>
        <translation> + CPU offload</translation>
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
        <translation>Pumili muna ng plano.</translation>
    </message>
    <message>
        <source>usable on the device</source>
        <translation>magagamit sa device</translation>
    </message>
    <message>
        <source>usable memory</source>
        <translation>magagamit na memorya</translation>
    </message>
    <message>
        <source>What to change:</source>
        <translation>Ang dapat baguhin:</translation>
    </message>
    <message>
        <source>Set the technique, rank, batch, length and checkpointing of the Train page to this plan&apos;s.</source>
        <translation>Itinatakda ang teknik, rank, batch, haba at checkpointing ng page na Mag-train ayon sa planong ito.</translation>
    </message>
    <message>
        <source>{0} cannot be trained by this app.</source>
        <translation>Hindi ma-train ng app na ito ang {0}.</translation>
    </message>
    <message>
        <source>This plan spreads training over {0} GPUs ({1}); choose a ZeRO stage or FSDP on the Several processes tab.</source>
        <translation>Ikinakalat ng planong ito ang training sa {0} GPU ({1}); pumili ng ZeRO stage o FSDP sa tab na Ilang process.</translation>
    </message>
    <message>
        <source>This plan needs a device this machine does not have.</source>
        <translation>Kailangan ng planong ito ang device na wala sa computer na ito.</translation>
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
        <translation>Kanselahin</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Oo</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Hindi</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buksan</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>I-save</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Isara</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Ilapat</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Itapon</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Tulong</translation>
    </message>
</context>
<context>
    <name>RunCurves</name>
    <message>
        <source>Select one run to see its loss, or several to compare them.</source>
        <translation>Pumili ng isang run para makita ang loss nito, o ilan para paghambingin ang mga ito.</translation>
    </message>
</context>
<context>
    <name>RunsPage</name>
    <message>
        <source>Runs</source>
        <extracomment>the window tells which run is training now: that one is never deleted</extracomment>
        <translation>Mga run</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Run</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Mga hakbang</translation>
    </message>
    <message>
        <source>Last loss</source>
        <translation>Huling loss</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>I-&amp;refresh</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>Buksan ang &amp;folder</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>I&amp;tuloy</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Burahin…</translation>
    </message>
    <message>
        <source>Refresh the list of runs</source>
        <translation>I-refresh ang listahan ng mga run</translation>
    </message>
    <message>
        <source>Open the selected run&apos;s folder</source>
        <translation>Buksan ang folder ng napiling run</translation>
    </message>
    <message>
        <source>Resume the selected run</source>
        <translation>Ituloy ang napiling run</translation>
    </message>
    <message>
        <source>Delete the selected runs</source>
        <translation>Burahin ang mga napiling run</translation>
    </message>
    <message>
        <source>Runs folder:</source>
        <translation>Folder ng mga run:</translation>
    </message>
    <message>
        <source>Runs folder</source>
        <translation>Folder ng mga run</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Loss</translation>
    </message>
    <message>
        <source>train</source>
        <translation>training</translation>
    </message>
    <message>
        <source>eval</source>
        <translation>eval</translation>
    </message>
    <message>
        <source>Run in use</source>
        <translation>Ginagamit ang run</translation>
    </message>
    <message>
        <source>{0} is training now. Stop it first.</source>
        <translation>Nagte-train ngayon ang {0}. Ihinto muna ito.</translation>
    </message>
    <message>
        <source>Delete runs</source>
        <translation>Burahin ang mga run</translation>
    </message>
    <message numerus="yes">
        <source>Runs to delete: %n. Everything in their folders goes with them: checkpoints, adapter, merged model and exports. This cannot be undone. Delete?</source>
        <translation>
            <numerusform>Mga run na buburahin: %n. Kasamang mabubura ang lahat sa mga folder nila: mga checkpoint, adapter, pinagsamang model at mga export. Hindi na ito maibabalik. Burahin?</numerusform>
            <numerusform>Mga run na buburahin: %n. Kasamang mabubura ang lahat sa mga folder nila: mga checkpoint, adapter, pinagsamang model at mga export. Hindi na ito maibabalik. Burahin?</numerusform>
        </translation>
    </message>
    <message>
        <source>step</source>
        <translation>hakbang</translation>
    </message>
    <message>
        <source>Every run keeps its configuration, events and checkpoints in its own folder. Select a run to plot its loss, or several to compare them. A stopped run can be resumed.</source>
        <translation>Itinatago ng bawat run ang configuration, mga event at checkpoint nito sa sarili nitong folder. Pumili ng run para i-plot ang loss nito, o ilan para paghambingin ang mga ito. Maitutuloy ang nahintong run.</translation>
    </message>
</context>
<context>
    <name>TrainPage</name>
    <message>
        <source>Loss</source>
        <translation>Loss</translation>
    </message>
    <message>
        <source>train</source>
        <translation>training</translation>
    </message>
    <message>
        <source>eval</source>
        <translation>eval</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Learning rate</translation>
    </message>
    <message>
        <source>lr</source>
        <translation>lr</translation>
    </message>
    <message>
        <source>Tokens per second</source>
        <translation>Token bawat segundo</translation>
    </message>
    <message>
        <source>tokens/s</source>
        <translation>token/s</translation>
    </message>
    <message>
        <source>Gradient norm</source>
        <translation>Gradient norm</translation>
    </message>
    <message>
        <source>grad norm</source>
        <translation>grad norm</translation>
    </message>
    <message>
        <source>Memory (GiB)</source>
        <translation>Memorya (GiB)</translation>
    </message>
    <message>
        <source>peak</source>
        <translation>pinakamataas</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Mag-train</translation>
    </message>
    <message>
        <source>Fine-tune with the settings of the previous steps and watch it learn. Stop keeps the last checkpoint; Resume continues the last run from it.</source>
        <translation>Mag-fine-tune gamit ang mga setting ng mga naunang hakbang at panoorin itong matuto. Itinatago ng Ihinto ang huling checkpoint; itinutuloy ng Ituloy ang huling run mula roon.</translation>
    </message>
    <message>
        <source>Configuration:</source>
        <translation>Configuration:</translation>
    </message>
    <message>
        <source>Run configuration file</source>
        <translation>File ng configuration ng run</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Buksan…</translation>
    </message>
    <message>
        <source>Open a run configuration</source>
        <translation>Buksan ang configuration ng run</translation>
    </message>
    <message>
        <source>Open a run configuration (YAML)</source>
        <translation>Buksan ang configuration ng run (YAML)</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Simulan</translation>
    </message>
    <message>
        <source>Start training</source>
        <translation>Simulan ang training</translation>
    </message>
    <message>
        <source>Start a new run with this configuration</source>
        <translation>Magsimula ng bagong run gamit ang configuration na ito</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>I&amp;hinto</translation>
    </message>
    <message>
        <source>Stop training</source>
        <translation>Ihinto ang training</translation>
    </message>
    <message>
        <source>Stop after the current step, keeping a checkpoint</source>
        <translation>Ihinto pagkatapos ng kasalukuyang hakbang, at itago ang checkpoint</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>I&amp;tuloy</translation>
    </message>
    <message>
        <source>Resume the last run</source>
        <translation>Ituloy ang huling run</translation>
    </message>
    <message>
        <source>Training progress</source>
        <translation>Progreso ng training</translation>
    </message>
    <message>
        <source>Training status</source>
        <translation>Status ng training</translation>
    </message>
    <message>
        <source>Training log</source>
        <translation>Log ng training</translation>
    </message>
    <message>
        <source>The run&apos;s log appears here.</source>
        <translation>Dito lalabas ang log ng run.</translation>
    </message>
    <message>
        <source>starting…</source>
        <translation>nagsisimula…</translation>
    </message>
    <message>
        <source>Continue {0} from its last checkpoint</source>
        <translation>Ituloy ang {0} mula sa huling checkpoint nito</translation>
    </message>
    <message>
        <source>No stopped run with a checkpoint to continue</source>
        <translation>Walang nahintong run na may checkpoint na maitutuloy</translation>
    </message>
    <message>
        <source>The configuration could not be loaded: {0}</source>
        <translation>Hindi ma-load ang configuration: {0}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln step(s)</source>
        <translation>
            <numerusform>%Ln hakbang</numerusform>
            <numerusform>%Ln hakbang</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} epochs</source>
        <translation>{0} epoch</translation>
    </message>
    <message>
        <source>the bundled demo model</source>
        <translation>kasamang demo model</translation>
    </message>
    <message>
        <source>Ready: {0} on {1}, {2}.</source>
        <translation>Handa na: {0} sa {1}, {2}.</translation>
    </message>
    <message>
        <source>Run configuration (*.yaml *.yml);;All files (*)</source>
        <translation>Configuration ng run (*.yaml *.yml);;Lahat ng file (*)</translation>
    </message>
    <message>
        <source>no run configuration is loaded</source>
        <translation>walang naka-load na configuration ng run</translation>
    </message>
    <message>
        <source>Stopping after the current step…</source>
        <translation>Hihinto pagkatapos ng kasalukuyang hakbang…</translation>
    </message>
    <message>
        <source>Starting: loading the model and the data…</source>
        <translation>Nagsisimula: nilo-load ang model at ang data…</translation>
    </message>
    <message numerus="yes">
        <source>… %Ln line(s) not shown here (all are in the run&apos;s log.txt)</source>
        <translation>
            <numerusform>… %Ln linya ang hindi ipinapakita rito (nasa log.txt ng run ang lahat)</numerusform>
            <numerusform>… %Ln linya ang hindi ipinapakita rito (nasa log.txt ng run ang lahat)</numerusform>
        </translation>
    </message>
    <message>
        <source>{0}step {1} of {2} · ETA {3}</source>
        <translation>{0}hakbang {1} sa {2} · ETA {3}</translation>
    </message>
    <message>
        <source>Training… loss {0}</source>
        <translation>Nagte-train… loss {0}</translation>
    </message>
    <message>
        <source>Stopped at step {0}. Resume continues from the last checkpoint.</source>
        <translation>Huminto sa hakbang {0}. Itutuloy ng Ituloy mula sa huling checkpoint.</translation>
    </message>
    <message>
        <source>Finished: {0} steps, loss {1} → {2}. Run folder: {3}</source>
        <translation>Tapos na: {0} hakbang, loss {1} → {2}. Folder ng run: {3}</translation>
    </message>
    <message>
        <source>The run failed: {0}</source>
        <translation>Nabigo ang run: {0}</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>Cannot continue</source>
        <translation>Hindi makapagpatuloy</translation>
    </message>
    <message>
        <source>Where: {0}</source>
        <translation>Saan: {0}</translation>
    </message>
    <message>
        <source>What to do: {0}</source>
        <translation>Ang gagawin: {0}</translation>
    </message>
    <message>
        <source>Sorry, something went wrong inside Desktop FT. This is a bug, not something you did.</source>
        <translation>Paumanhin, may nagkaproblema sa loob ng Desktop FT. Bug ito ng app, hindi mo kasalanan.</translation>
    </message>
    <message>
        <source>Internal error</source>
        <translation>Internal na error</translation>
    </message>
    <message>
        <source>(the terminal)</source>
        <translation>(ang terminal)</translation>
    </message>
    <message>
        <source>The details were saved to:
{0}
Please include that file when you report it. The app keeps running.</source>
        <translation>Na-save ang mga detalye sa:
{0}
Pakisama ang file na iyon kapag iniulat mo ito. Patuloy na tumatakbo ang app.</translation>
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
        <translation>buong fine-tuning</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>unknown setting &apos;{name}&apos;</source>
        <extracomment>UserError key -&gt; English template; {names} are the error&apos;s params.</extracomment>
        <translation>hindi kilalang setting &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a valid {name}</source>
        <translation>hindi wastong {name} ang &apos;{value}&apos;</translation>
    </message>
    <message>
        <source>missing field &apos;{field}&apos;</source>
        <translation>kulang ang field na &apos;{field}&apos;</translation>
    </message>
    <message>
        <source>unknown scenario &apos;{scenario}&apos;</source>
        <translation>hindi kilalang senaryo &apos;{scenario}&apos;</translation>
    </message>
    <message>
        <source>unknown goal &apos;{goal}&apos;</source>
        <translation>hindi kilalang layunin &apos;{goal}&apos;</translation>
    </message>
    <message>
        <source>the ONNX builder does not support the {architecture} architecture</source>
        <translation>hindi suportado ng ONNX builder ang arkitekturang {architecture}</translation>
    </message>
    <message>
        <source>configuration file not found</source>
        <extracomment>Messages and hints without parameters, translated by their English text.</extracomment>
        <translation>hindi nakita ang file ng configuration</translation>
    </message>
    <message>
        <source>the configuration file is not UTF-8 text</source>
        <translation>hindi UTF-8 na text ang file ng configuration</translation>
    </message>
    <message>
        <source>the configuration file is empty</source>
        <translation>walang laman ang file ng configuration</translation>
    </message>
    <message>
        <source>expected a mapping of settings</source>
        <translation>inaasahan ang mapping ng mga setting</translation>
    </message>
    <message>
        <source>no model given</source>
        <translation>walang ibinigay na model</translation>
    </message>
    <message>
        <source>no dataset given</source>
        <translation>walang ibinigay na dataset</translation>
    </message>
    <message>
        <source>check the path, e.g. resources/examples/demo-lora.yaml</source>
        <translation>tingnan ang path, hal. resources/examples/demo-lora.yaml</translation>
    </message>
    <message>
        <source>save it as UTF-8</source>
        <translation>i-save ito bilang UTF-8</translation>
    </message>
    <message>
        <source>see resources/examples/demo-lora.yaml</source>
        <translation>tingnan ang resources/examples/demo-lora.yaml</translation>
    </message>
    <message>
        <source>see resources/examples/demo-lora.yaml for the layout</source>
        <translation>tingnan ang ayos sa resources/examples/demo-lora.yaml</translation>
    </message>
    <message>
        <source>fix the indentation or quoting on that line</source>
        <translation>ayusin ang indentation o mga panipi sa linyang iyon</translation>
    </message>
    <message>
        <source>use &apos;demo&apos;, a catalog name, a hub id or a model folder</source>
        <translation>gamitin ang &apos;demo&apos;, isang pangalan sa catalog, hub id o folder ng model</translation>
    </message>
    <message>
        <source>set data.path to a JSONL, JSON or CSV file</source>
        <translation>itakda ang data.path sa isang JSONL, JSON o CSV na file</translation>
    </message>
    <message>
        <source>dataset file not found</source>
        <translation>hindi nakita ang file ng dataset</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation>hindi UTF-8 na text ang file</translation>
    </message>
    <message>
        <source>the dataset is empty</source>
        <translation>walang laman ang dataset</translation>
    </message>
    <message>
        <source>the dataset has no examples</source>
        <translation>walang mga halimbawa ang dataset</translation>
    </message>
    <message>
        <source>expected a file, found a folder</source>
        <translation>inaasahan ang file, folder ang nakita</translation>
    </message>
    <message>
        <source>expected a JSON array of examples</source>
        <translation>inaasahan ang JSON array ng mga halimbawa</translation>
    </message>
    <message>
        <source>no usable training examples</source>
        <translation>walang magagamit na halimbawa para sa training</translation>
    </message>
    <message>
        <source>the text is empty</source>
        <translation>walang laman ang text</translation>
    </message>
    <message>
        <source>the label is empty</source>
        <translation>walang laman ang label</translation>
    </message>
    <message>
        <source>the sentence has no tokens</source>
        <translation>walang token ang pangungusap</translation>
    </message>
    <message>
        <source>the question has no answer</source>
        <translation>walang sagot ang tanong</translation>
    </message>
    <message>
        <source>expected a list of strings</source>
        <translation>inaasahan ang listahan ng mga string</translation>
    </message>
    <message>
        <source>expected an object with &apos;role&apos; and &apos;content&apos;</source>
        <translation>inaasahan ang object na may &apos;role&apos; at &apos;content&apos;</translation>
    </message>
    <message>
        <source>the conversation has no user or assistant turn</source>
        <translation>walang turn ng user o assistant ang usapan</translation>
    </message>
    <message>
        <source>a system message may only come first</source>
        <translation>sa simula lang maaaring ilagay ang system message</translation>
    </message>
    <message>
        <source>the conversation must start with a user turn</source>
        <translation>dapat magsimula ang usapan sa turn ng user</translation>
    </message>
    <message>
        <source>the conversation has no assistant answer to learn from</source>
        <translation>walang sagot ng assistant sa usapan na mapag-aaralan</translation>
    </message>
    <message>
        <source>nothing to train: no configuration given</source>
        <translation>walang ite-train: walang ibinigay na configuration</translation>
    </message>
    <message>
        <source>the run has no complete checkpoint to resume from</source>
        <translation>walang kumpletong checkpoint ang run na maitutuloy</translation>
    </message>
    <message>
        <source>there is nothing left to lower in this run&apos;s settings</source>
        <translation>wala nang maibababa sa mga setting ng run na ito</translation>
    </message>
    <message>
        <source>no such model on the Hugging Face Hub</source>
        <translation>walang ganitong model sa Hugging Face Hub</translation>
    </message>
    <message>
        <source>this model is gated: its licence must be accepted first</source>
        <translation>naka-gate ang model na ito: kailangang tanggapin muna ang lisensya nito</translation>
    </message>
    <message>
        <source>cannot reach the Hugging Face Hub (offline)</source>
        <translation>hindi maabot ang Hugging Face Hub (offline)</translation>
    </message>
    <message>
        <source>the prompt is empty</source>
        <translation>walang laman ang prompt</translation>
    </message>
    <message>
        <source>type a question</source>
        <translation>mag-type ng tanong</translation>
    </message>
    <message>
        <source>shorten the prompt</source>
        <translation>paikliin ang prompt</translation>
    </message>
    <message>
        <source>no adapter to export</source>
        <translation>walang adapter na mae-export</translation>
    </message>
    <message>
        <source>folder not found</source>
        <translation>hindi nakita ang folder</translation>
    </message>
    <message>
        <source>model folder not found</source>
        <translation>hindi nakita ang folder ng model</translation>
    </message>
    <message>
        <source>not a folder</source>
        <translation>hindi ito folder</translation>
    </message>
    <message>
        <source>file missing</source>
        <translation>kulang ang file</translation>
    </message>
    <message>
        <source>this is a LoRA adapter, not a full model</source>
        <translation>LoRA adapter ito, hindi buong model</translation>
    </message>
    <message>
        <source>not a PEFT adapter folder (no adapter_config.json)</source>
        <translation>hindi folder ng PEFT adapter (walang adapter_config.json)</translation>
    </message>
    <message>
        <source>the run&apos;s base model folder is not on this machine</source>
        <translation>wala sa computer na ito ang folder ng base model ng run</translation>
    </message>
    <message>
        <source>not a model folder: config.json is missing</source>
        <translation>hindi folder ng model: kulang ang config.json</translation>
    </message>
    <message>
        <source>no model weights (*.safetensors or pytorch_model.bin)</source>
        <translation>walang weights ng model (*.safetensors o pytorch_model.bin)</translation>
    </message>
    <message>
        <source>no tokenizer (tokenizer.json or tokenizer.model)</source>
        <translation>walang tokenizer (tokenizer.json o tokenizer.model)</translation>
    </message>
    <message>
        <source>the output path is a file</source>
        <translation>file ang output path</translation>
    </message>
    <message>
        <source>this folder is already an ONNX export</source>
        <translation>ONNX export na ang folder na ito</translation>
    </message>
    <message>
        <source>the ONNX builder does not support this model</source>
        <translation>hindi suportado ng ONNX builder ang model na ito</translation>
    </message>
    <message>
        <source>onnxruntime-genai (with its model builder) is not installed</source>
        <translation>hindi naka-install ang onnxruntime-genai (kasama ang model builder nito)</translation>
    </message>
    <message>
        <source>the output folder exists and is not an export of ours; not replacing it</source>
        <translation>may output folder na at hindi ito export namin; hindi ito papalitan</translation>
    </message>
    <message>
        <source>gradient checkpointing and batch 1 were already tried for every technique</source>
        <translation>nasubukan na ang gradient checkpointing at batch 1 sa bawat teknik</translation>
    </message>
    <message>
        <source>hosted fine-tuning: the cookbook&apos;s model-as-a-service (serverless fine-tuning in Azure AI Foundry) trains Phi models without your own GPU</source>
        <translation>hosted na fine-tuning: ang model bilang serbisyo ng cookbook (serverless na fine-tuning sa Azure AI Foundry) ay nagte-train ng mga Phi model nang walang sariling GPU</translation>
    </message>
    <message>
        <source>hosted fine-tuning on a cloud GPU (e.g. Azure Machine Learning) runs the same plan on a bigger device</source>
        <translation>pinapatakbo ng hosted na fine-tuning sa cloud GPU (hal. Azure Machine Learning) ang parehong plano sa mas malaking device</translation>
    </message>
    <message>
        <source>no GPU: every plan runs on the CPU; the times shown are estimates for this CPU (measured matmul speed)</source>
        <translation>walang GPU: sa CPU tatakbo ang bawat plano; tantiya para sa CPU na ito ang mga oras na ipinapakita (nasukat na bilis ng matmul)</translation>
    </message>
    <message>
        <source>no GPU: every plan runs on the CPU; the times shown are estimates for this CPU (assumed speed)</source>
        <translation>walang GPU: sa CPU tatakbo ang bawat plano; tantiya para sa CPU na ito ang mga oras na ipinapakita (ipinagpalagay na bilis)</translation>
    </message>
    <message>
        <source>fits</source>
        <translation>kasya</translation>
    </message>
    <message>
        <source>tight</source>
        <translation>halos sakto</translation>
    </message>
    <message>
        <source>does-not-fit</source>
        <translation>hindi kasya</translation>
    </message>
    <message>
        <source>weights</source>
        <translation>weights</translation>
    </message>
    <message>
        <source>adapter</source>
        <translation>adapter</translation>
    </message>
    <message>
        <source>gradients</source>
        <translation>gradients</translation>
    </message>
    <message>
        <source>optimizer</source>
        <translation>optimizer</translation>
    </message>
    <message>
        <source>activations</source>
        <translation>activations</translation>
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
        <translation>CPU na ito</translation>
    </message>
    <message>
        <source>measured CPU matmul speed</source>
        <translation>nasukat na bilis ng matmul sa CPU</translation>
    </message>
    <message>
        <source>assumed CPU speed (the profile has no measurement)</source>
        <translation>ipinagpalagay na bilis ng CPU (walang sukat ang profile)</translation>
    </message>
    <message>
        <source>catalogued GPU throughput</source>
        <translation>throughput ng GPU mula sa catalog</translation>
    </message>
    <message>
        <source>assumed GPU throughput</source>
        <translation>ipinagpalagay na throughput ng GPU</translation>
    </message>
    <message>
        <source>calibrated on this device</source>
        <translation>na-calibrate sa device na ito</translation>
    </message>
    <message>
        <source>full fine-tuning</source>
        <translation>buong fine-tuning</translation>
    </message>
    <message>
        <source>QLoRA 4-bit</source>
        <translation>QLoRA 4-bit</translation>
    </message>
    <message>
        <source>LoRA on 8-bit weights</source>
        <translation>LoRA sa 8-bit na weights</translation>
    </message>
    <message>
        <source>prompt tuning</source>
        <translation>prompt tuning</translation>
    </message>
    <message>
        <source>prefix tuning</source>
        <translation>prefix tuning</translation>
    </message>
    <message>
        <source>put the text in quotes</source>
        <translation>ilagay ang text sa loob ng panipi</translation>
    </message>
    <message>
        <source>each line must be one JSON object</source>
        <translation>dapat isang JSON object ang bawat linya</translation>
    </message>
    <message>
        <source>fix the JSON syntax</source>
        <translation>ayusin ang JSON syntax</translation>
    </message>
    <message>
        <source>this looks like JSON Lines (one object per line): save it as .jsonl</source>
        <translation>mukhang JSON Lines ito (isang object bawat linya): i-save ito bilang .jsonl</translation>
    </message>
    <message>
        <source>this looks like a JSON array: save it with the .json extension</source>
        <translation>mukhang JSON array ito: i-save ito na may extension na .json</translation>
    </message>
    <message>
        <source>wrap the examples in [ ... ] or use JSON Lines</source>
        <translation>balutin ang mga halimbawa sa [ ... ] o gumamit ng JSON Lines</translation>
    </message>
    <message>
        <source>add a message with role &apos;assistant&apos;</source>
        <translation>magdagdag ng mensahe na may role na &apos;assistant&apos;</translation>
    </message>
    <message>
        <source>add a user question and the assistant&apos;s answer</source>
        <translation>magdagdag ng tanong ng user at sagot ng assistant</translation>
    </message>
    <message>
        <source>add at least a few examples</source>
        <translation>magdagdag ng kahit ilang halimbawa</translation>
    </message>
    <message>
        <source>add at least a few examples, one per line</source>
        <translation>magdagdag ng kahit ilang halimbawa, isa bawat linya</translation>
    </message>
    <message>
        <source>add examples or lower train.batch_size</source>
        <translation>magdagdag ng mga halimbawa o babaan ang train.batch_size</translation>
    </message>
    <message>
        <source>check data.max_length and the dataset&apos;s answers</source>
        <translation>tingnan ang data.max_length at ang mga sagot sa dataset</translation>
    </message>
    <message>
        <source>check data.path (relative paths are relative to the config file)</source>
        <translation>tingnan ang data.path (nakabatay sa file ng configuration ang mga relative path)</translation>
    </message>
    <message>
        <source>fill it in or remove the example</source>
        <translation>punan ito o alisin ang halimbawa</translation>
    </message>
    <message>
        <source>give at least one answer</source>
        <translation>magbigay ng kahit isang sagot</translation>
    </message>
    <message>
        <source>give every example a label</source>
        <translation>bigyan ng label ang bawat halimbawa</translation>
    </message>
    <message>
        <source>move it to the start, or make it a user turn</source>
        <translation>ilipat ito sa simula, o gawin itong turn ng user</translation>
    </message>
    <message>
        <source>put the user&apos;s question before the assistant&apos;s answer</source>
        <translation>ilagay ang tanong ng user bago ang sagot ng assistant</translation>
    </message>
    <message>
        <source>remove the example or fill in its words</source>
        <translation>alisin ang halimbawa o punan ang mga salita nito</translation>
    </message>
    <message>
        <source>save the file as UTF-8 (in Notepad: Save as, Encoding: UTF-8)</source>
        <translation>i-save ang file bilang UTF-8 (sa Notepad: Save as, Encoding: UTF-8)</translation>
    </message>
    <message>
        <source>save the file as UTF-8 (most editors offer it under &apos;Save as&apos;)</source>
        <translation>i-save ang file bilang UTF-8 (nasa &apos;Save as&apos; ito sa karamihan ng editor)</translation>
    </message>
    <message>
        <source>user and assistant turns must alternate</source>
        <translation>dapat magsalitan ang mga turn ng user at assistant</translation>
    </message>
    <message>
        <source>use &apos;human&apos; and &apos;gpt&apos; (or &apos;system&apos;)</source>
        <translation>gamitin ang &apos;human&apos; at &apos;gpt&apos; (o &apos;system&apos;)</translation>
    </message>
    <message>
        <source>give exactly one tag per token</source>
        <translation>magbigay ng eksaktong isang tag bawat token</translation>
    </message>
    <message>
        <source>quote cells that contain commas or line breaks</source>
        <translation>lagyan ng panipi ang mga cell na may kuwit o line break</translation>
    </message>
    <message>
        <source>use O, B-TYPE (first word of an entity) or I-TYPE (the words after it)</source>
        <translation>gamitin ang O, B-TYPE (unang salita ng entity) o I-TYPE (ang mga salitang kasunod nito)</translation>
    </message>
    <message>
        <source>write the class name, e.g. &quot;positive&quot;</source>
        <translation>isulat ang pangalan ng class, hal. &quot;positive&quot;</translation>
    </message>
    <message>
        <source>each line must be an object such as {&quot;messages&quot;: [...]}</source>
        <translation>dapat object ang bawat linya, gaya ng {&quot;messages&quot;: [...]}</translation>
    </message>
    <message>
        <source>16-bit training on a CPU without bf16 instructions is very slow; use fp32</source>
        <translation>napakabagal ng 16-bit na training sa CPU na walang bf16 instruction; gumamit ng fp32</translation>
    </message>
    <message>
        <source>on</source>
        <translation>naka-on</translation>
    </message>
    <message>
        <source>off</source>
        <translation>naka-off</translation>
    </message>
    <message>
        <source>{method} in {dtype} needs {peak}; this machine&apos;s RAM has {capacity} usable ({verdict})</source>
        <extracomment>Sentences core builds with values in them, matched by their English shape ({name}: a value).</extracomment>
        <translation>Kailangan ng {method} sa {dtype} ang {peak}; may {capacity} na magagamit ang RAM ng computer na ito ({verdict})</translation>
    </message>
    <message>
        <source>{method} in {dtype} needs {peak}; the GPU has {capacity} usable ({verdict})</source>
        <translation>Kailangan ng {method} sa {dtype} ang {peak}; may {capacity} na magagamit ang GPU ({verdict})</translation>
    </message>
    <message>
        <source>{method} in {dtype} with {distributed} needs {peak}; the GPU has {capacity} usable ({verdict})</source>
        <translation>Kailangan ng {method} sa {dtype} na may {distributed} ang {peak}; may {capacity} na magagamit ang GPU ({verdict})</translation>
    </message>
    <message>
        <source>{method} in {dtype} needs {peak} per GPU; each GPU has {capacity} usable ({verdict})</source>
        <translation>Kailangan ng {method} sa {dtype} ang {peak} bawat GPU; may {capacity} na magagamit ang bawat GPU ({verdict})</translation>
    </message>
    <message>
        <source>{method} in {dtype} with {distributed} needs {peak} per GPU; each GPU has {capacity} usable ({verdict})</source>
        <translation>Kailangan ng {method} sa {dtype} na may {distributed} ang {peak} bawat GPU; may {capacity} na magagamit ang bawat GPU ({verdict})</translation>
    </message>
    <message>
        <source>trains {trainable} of {total} parameters ({share})</source>
        <translation>nagte-train ng {trainable} sa {total} na parameter ({share})</translation>
    </message>
    <message>
        <source>largest memory term: {term} ({size})</source>
        <translation>pinakamalaking bahagi ng memorya: {term} ({size})</translation>
    </message>
    <message>
        <source>cookbook matrix: {techniques} - &apos;{row}&apos;: yes</source>
        <translation>matrix ng cookbook: {techniques} – &apos;{row}&apos;: oo</translation>
    </message>
    <message>
        <source>cookbook matrix: {techniques} is not marked for &apos;{row}&apos;</source>
        <translation>matrix ng cookbook: hindi minarkahan ang {techniques} para sa &apos;{row}&apos;</translation>
    </message>
    <message>
        <source>cookbook matrix: {techniques} is not marked for &apos;{row}&apos;; by this estimate it needs {peak} against {full} for full fine-tuning</source>
        <translation>matrix ng cookbook: hindi minarkahan ang {techniques} para sa &apos;{row}&apos;; ayon sa tantiyang ito, kailangan nito ang {peak} laban sa {full} para sa buong fine-tuning</translation>
    </message>
    <message>
        <source>time: about {duration} per epoch of {examples} examples x {seq} tokens on {where} ({rate}, {source})</source>
        <translation>oras: mga {duration} bawat epoch ng {examples} halimbawa × {seq} token sa {where} ({rate}, {source})</translation>
    </message>
    <message>
        <source>shorter sequences: at {seq} tokens, {method} fits ({peak})</source>
        <translation>mas maiikling sequence: sa {seq} token, kasya ang {method} ({peak})</translation>
    </message>
    <message>
        <source>a smaller model: {model} ({size}) fits with {method} ({peak})</source>
        <translation>mas maliit na model: kasya ang {model} ({size}) gamit ang {method} ({peak})</translation>
    </message>
    <message>
        <source>more GPUs: with {gpus} GPUs like this one, LoRA with ZeRO-3 sharding fits ({peak} per GPU)</source>
        <translation>mas maraming GPU: sa {gpus} GPU na tulad nito, kasya ang LoRA na may ZeRO-3 sharding ({peak} bawat GPU)</translation>
    </message>
    <message>
        <source>goal &apos;data-parallel&apos; needs two or more GPUs; this machine has {gpus}</source>
        <translation>kailangan ng layuning &apos;data-parallel&apos; ang dalawa o higit pang GPU; may {gpus} ang computer na ito</translation>
    </message>
    <message>
        <source>{summary}; {method} needs {peak}</source>
        <translation>{summary}; kailangan ng {method} ang {peak}</translation>
    </message>
    <message>
        <source>{distributed} with one GPU shards nothing</source>
        <translation>walang hinahati ang {distributed} sa iisang GPU</translation>
    </message>
    <message>
        <source>the plan uses {gpus} GPUs; the profile has {found}</source>
        <translation>gumagamit ang plano ng {gpus} GPU; may {found} ang profile</translation>
    </message>
    <message>
        <source>{method} needs bitsandbytes on a CUDA, ROCm or XPU GPU; it is not available on this device</source>
        <translation>kailangan ng {method} ang bitsandbytes sa CUDA, ROCm o XPU na GPU; hindi ito available sa device na ito</translation>
    </message>
    <message>
        <source>offload needs {size} of CPU memory; the machine has {memory}</source>
        <translation>kailangan ng offload ang {size} ng memorya ng CPU; may {memory} ang computer</translation>
    </message>
    <message>
        <source>sequence length {seq} is beyond the model&apos;s context ({context})</source>
        <translation>lampas sa context ng model ({context}) ang haba ng sequence na {seq}</translation>
    </message>
    <message>
        <source>{epochs} epochs take about {duration}</source>
        <translation>mga {duration} ang {epochs} epoch</translation>
    </message>
    <message>
        <source>{place}: field &apos;{field}&apos;</source>
        <translation>{place}: field na &apos;{field}&apos;</translation>
    </message>
    <message>
        <source>missing setting &apos;{name}&apos;</source>
        <translation>kulang ang setting na &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>expected {expected}, got {value}</source>
        <translation>inaasahan ang {expected}, pero {value} ang nakuha</translation>
    </message>
    <message>
        <source>{name} = {value} is out of range: it must be {rule}</source>
        <translation>lampas sa saklaw ang {name} = {value}: dapat itong {rule}</translation>
    </message>
    <message>
        <source>set {name} to a value {rule}</source>
        <translation>itakda ang {name} sa halagang {rule}</translation>
    </message>
    <message>
        <source>did you mean &apos;{name}&apos;?</source>
        <translation>&apos;{name}&apos; ba ang ibig mong sabihin?</translation>
    </message>
    <message>
        <source>did you mean &apos;{name}&apos;? map it with data.columns</source>
        <translation>&apos;{name}&apos; ba ang ibig mong sabihin? itugma ito gamit ang data.columns</translation>
    </message>
    <message>
        <source>choose one of: {choices}</source>
        <translation>pumili ng isa sa: {choices}</translation>
    </message>
    <message>
        <source>use one of: {choices}</source>
        <translation>gumamit ng isa sa: {choices}</translation>
    </message>
    <message>
        <source>write {example}</source>
        <translation>isulat ang {example}</translation>
    </message>
    <message>
        <source>the same example as line {line}</source>
        <translation>kapareho ng halimbawa sa linya {line}</translation>
    </message>
    <message>
        <source>invalid YAML: {problem}</source>
        <translation>hindi wastong YAML: {problem}</translation>
    </message>
    <message>
        <source>invalid JSON ({problem})</source>
        <translation>hindi wastong JSON ({problem})</translation>
    </message>
    <message>
        <source>invalid CSV ({problem})</source>
        <translation>hindi wastong CSV ({problem})</translation>
    </message>
    <message>
        <source>expected a JSON object, found {found}</source>
        <translation>inaasahan ang JSON object, {found} ang nakita</translation>
    </message>
    <message>
        <source>expected an object, found {found}</source>
        <translation>inaasahan ang object, {found} ang nakita</translation>
    </message>
    <message>
        <source>expected text, found {found}</source>
        <translation>inaasahan ang text, {found} ang nakita</translation>
    </message>
    <message>
        <source>expected a list of messages, found {found}</source>
        <translation>inaasahan ang listahan ng mga mensahe, {found} ang nakita</translation>
    </message>
    <message>
        <source>row has {cells} columns, the header has {header}</source>
        <translation>may {cells} column ang row, {header} ang sa header</translation>
    </message>
    <message>
        <source>unsupported file type &apos;{suffix}&apos;</source>
        <translation>hindi suportadong uri ng file na &apos;{suffix}&apos;</translation>
    </message>
    <message>
        <source>use one of {suffixes}</source>
        <translation>gumamit ng isa sa {suffixes}</translation>
    </message>
    <message>
        <source>cannot tell the dataset format from the fields {fields}</source>
        <translation>hindi matukoy ang format ng dataset mula sa mga field na {fields}</translation>
    </message>
    <message>
        <source>two &apos;{role}&apos; turns in a row</source>
        <translation>dalawang magkasunod na turn ng &apos;{role}&apos;</translation>
    </message>
    <message>
        <source>unknown role {role}</source>
        <translation>hindi kilalang role na {role}</translation>
    </message>
    <message>
        <source>unknown speaker {speaker}</source>
        <translation>hindi kilalang speaker na {speaker}</translation>
    </message>
    <message>
        <source>&apos;{tag}&apos; is not a BIO tag</source>
        <translation>hindi BIO tag ang &apos;{tag}&apos;</translation>
    </message>
    <message>
        <source>{tokens} tokens but {tags} tags</source>
        <translation>{tokens} token pero {tags} tag</translation>
    </message>
    <message>
        <source>expected two languages, found {languages}</source>
        <translation>inaasahan ang dalawang wika, {languages} ang nakita</translation>
    </message>
    <message>
        <source>expected a label (text or a whole number), found {value}</source>
        <translation>inaasahan ang label (text o buong numero), {value} ang nakita</translation>
    </message>
    <message>
        <source>unknown model &apos;{name}&apos;</source>
        <translation>hindi kilalang model na &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>the run has no trained adapter yet (status: {status})</source>
        <translation>wala pang na-train na adapter ang run (status: {status})</translation>
    </message>
    <message>
        <source>the prompt is {tokens} tokens; the model takes {context}</source>
        <translation>{tokens} token ang prompt; {context} ang kaya ng model</translation>
    </message>
    <message>
        <source>unknown precision &apos;{precision}&apos;</source>
        <translation>hindi kilalang precision na &apos;{precision}&apos;</translation>
    </message>
    <message>
        <source>unknown target &apos;{target}&apos;</source>
        <translation>hindi kilalang target na &apos;{target}&apos;</translation>
    </message>
    <message>
        <source>{precision} is not supported for the {target} target</source>
        <translation>hindi suportado ang {precision} para sa target na {target}</translation>
    </message>
    <message>
        <source>settings: {list}</source>
        <translation>mga setting: {list}</translation>
    </message>
    <message>
        <source>batch {batch}</source>
        <translation>batch {batch}</translation>
    </message>
    <message>
        <source>batch {batch} x {steps} accumulation</source>
        <translation>batch {batch} × {steps} accumulation</translation>
    </message>
    <message>
        <source>sequence {seq}</source>
        <translation>sequence {seq}</translation>
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
        <translation>{distributed} sa {gpus} GPU</translation>
    </message>
    <message>
        <source>{distributed} on {gpus} GPUs with CPU offload</source>
        <translation>{distributed} sa {gpus} GPU na may CPU offload</translation>
    </message>
</context>
</TS>
