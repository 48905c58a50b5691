<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sr_Latn">
<context>
    <name>ChatPanel</name>
    <message>
        <source>The answer appears here as it is written.</source>
        <translation>Odgovor se ovde prikazuje dok nastaje.</translation>
    </message>
    <message>
        <source>About this answer</source>
        <translation>O ovom odgovoru</translation>
    </message>
    <message>
        <source>What to do: {0}</source>
        <translation>Šta uraditi: {0}</translation>
    </message>
    <message>
        <source>Loading the model…</source>
        <translation>Učitavam model…</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Pišem…</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Zaustavljeno.</translation>
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
        <translation>zaustavljeno na završnom tokenu</translation>
    </message>
    <message>
        <source>hit the token limit</source>
        <translation>dostignuto ograničenje tokena</translation>
    </message>
    <message>
        <source>{0} · {1} tokens · {2} tokens/s · {3}</source>
        <translation>{0} · {1} tokena · {2} tokena/s · {3}</translation>
    </message>
    <message>
        <source>No answer: {0}</source>
        <translation>Nema odgovora: {0}</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Command line:</source>
        <translation>Komandna linija:</translation>
    </message>
    <message>
        <source>Equivalent command line</source>
        <translation>Odgovarajuća komanda</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiraj</translation>
    </message>
    <message>
        <source>Copy the command line</source>
        <translation>Kopiraj komandu</translation>
    </message>
</context>
<context>
    <name>DataPage</name>
    <message>
        <source>Data</source>
        <translation>Podaci</translation>
    </message>
    <message>
        <source>The examples the model learns from. Each one is shown as the model will see it, rendered with its chat template; the highlighted part is what it learns to answer. Problems name the line and field to fix.</source>
        <translation>Primeri iz kojih model uči. Svaki je prikazan onako kako će ga model videti, pomoću njegovog šablona za čet; istaknuti deo je ono što uči da odgovara. Problemi navode red i polje koje treba ispraviti.</translation>
    </message>
    <message>
        <source>Dataset file:</source>
        <translation>Datoteka skupa podataka:</translation>
    </message>
    <message>
        <source>Dataset file</source>
        <translation>Datoteka skupa podataka</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Otvori…</translation>
    </message>
    <message>
        <source>Open a dataset file</source>
        <translation>Otvori datoteku skupa podataka</translation>
    </message>
    <message>
        <source>&amp;Check again</source>
        <translation>&amp;Proveri ponovo</translation>
    </message>
    <message>
        <source>Check the dataset again</source>
        <translation>Ponovo proveri skup podataka</translation>
    </message>
    <message>
        <source>Dataset format</source>
        <translation>Format skupa podataka</translation>
    </message>
    <message>
        <source>How the rows are read. Automatic looks at the fields of the first row.</source>
        <translation>Kako se redovi čitaju. Automatski gleda polja prvog reda.</translation>
    </message>
    <message>
        <source>Detected format</source>
        <translation>Otkriveni format</translation>
    </message>
    <message>
        <source>Maximum length in tokens</source>
        <translation>Najveća dužina u tokenima</translation>
    </message>
    <message>
        <source>Longer examples are cut to this many tokens.</source>
        <translation>Duži primeri se skraćuju na ovoliko tokena.</translation>
    </message>
    <message>
        <source>the answers only</source>
        <translation>samo odgovori</translation>
    </message>
    <message>
        <source>every token</source>
        <translation>svaki token</translation>
    </message>
    <message>
        <source>Tokens the model learns from</source>
        <translation>Tokeni iz kojih model uči</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Detected:</source>
        <translation>Otkriveno:</translation>
    </message>
    <message>
        <source>Maximum length:</source>
        <translation>Najveća dužina:</translation>
    </message>
    <message>
        <source>Learn from:</source>
        <translation>Učenje iz:</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Polje</translation>
    </message>
    <message>
        <source>Which column of your file holds each field the format needs.</source>
        <translation>Koja kolona vaše datoteke sadrži svako polje koje format zahteva.</translation>
    </message>
    <message>
        <source>Check status</source>
        <translation>Status provere</translation>
    </message>
    <message>
        <source>What the model sees</source>
        <translation>Šta model vidi</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Izveštaj</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemi</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Kolone:</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokeni</translation>
    </message>
    <message>
        <source>Rendered with the chat template</source>
        <translation>Prikazano pomoću šablona za čet</translation>
    </message>
    <message>
        <source>Examples as the model sees them</source>
        <translation>Primeri onako kako ih model vidi</translation>
    </message>
    <message>
        <source>Selected example</source>
        <translation>Izabrani primer</translation>
    </message>
    <message>
        <source>Select an example to see it in full.</source>
        <translation>Izaberite primer da ga vidite u celosti.</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;background-color:{0}; color:{1}&quot;&gt;&amp;nbsp;highlighted&amp;nbsp;&lt;/span&gt;: the tokens the model learns to write.</source>
        <translation>&lt;span style=&quot;background-color:{0}; color:{1}&quot;&gt;&amp;nbsp;istaknuto&amp;nbsp;&lt;/span&gt;: tokeni koje model uči da piše.</translation>
    </message>
    <message>
        <source>Rows read:</source>
        <translation>Pročitani redovi:</translation>
    </message>
    <message>
        <source>Rows with problems:</source>
        <translation>Redovi sa problemima:</translation>
    </message>
    <message>
        <source>Duplicates:</source>
        <translation>Duplikati:</translation>
    </message>
    <message>
        <source>Examples trained:</source>
        <translation>Primeri za obuku:</translation>
    </message>
    <message>
        <source>Skipped (no answer left):</source>
        <translation>Preskočeno (nije ostao odgovor):</translation>
    </message>
    <message>
        <source>Cut at the maximum length:</source>
        <translation>Skraćeno na najveću dužinu:</translation>
    </message>
    <message>
        <source>Tokens per example:</source>
        <translation>Tokena po primeru:</translation>
    </message>
    <message>
        <source>Trained tokens:</source>
        <translation>Tokeni za obuku:</translation>
    </message>
    <message>
        <source>Token lengths</source>
        <translation>Dužine u tokenima</translation>
    </message>
    <message>
        <source>tokens per example</source>
        <translation>tokena po primeru</translation>
    </message>
    <message>
        <source>examples</source>
        <translation>primeri</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Gde</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Problems in the dataset</source>
        <translation>Problemi u skupu podataka</translation>
    </message>
    <message>
        <source>Selected problem</source>
        <translation>Izabrani problem</translation>
    </message>
    <message>
        <source>Click a problem to see the row and what to do.</source>
        <translation>Kliknite na problem da vidite red i šta treba uraditi.</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatski</translation>
    </message>
    <message>
        <source>chat (messages)</source>
        <translation>čet (poruke)</translation>
    </message>
    <message>
        <source>ShareGPT (conversations)</source>
        <translation>ShareGPT (razgovori)</translation>
    </message>
    <message>
        <source>instruction (Alpaca)</source>
        <translation>instrukcija (Alpaca)</translation>
    </message>
    <message>
        <source>prompt and response</source>
        <translation>upit i odgovor</translation>
    </message>
    <message>
        <source>raw text</source>
        <translation>običan tekst</translation>
    </message>
    <message>
        <source>classification</source>
        <translation>klasifikacija</translation>
    </message>
    <message>
        <source>named entities</source>
        <translation>imenovani entiteti</translation>
    </message>
    <message>
        <source>translation</source>
        <translation>prevod</translation>
    </message>
    <message>
        <source>questions and answers</source>
        <translation>pitanja i odgovori</translation>
    </message>
    <message>
        <source>Checking {0}…</source>
        <translation>Proveravam {0}…</translation>
    </message>
    <message>
        <source>Open a dataset</source>
        <translation>Otvori skup podataka</translation>
    </message>
    <message>
        <source>Datasets (*.jsonl *.json *.csv *.parquet);;All files (*)</source>
        <translation>Skupovi podataka (*.jsonl *.json *.csv *.parquet);;Sve datoteke (*)</translation>
    </message>
    <message>
        <source>The check failed: {0}</source>
        <translation>Provera nije uspela: {0}</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>nepoznato</translation>
    </message>
    <message>
        <source>The file cannot be read. See Problems.</source>
        <translation>Datoteka ne može da se pročita. Pogledajte Problemi.</translation>
    </message>
    <message>
        <source>The format is unknown. Choose it above, then map the columns.</source>
        <translation>Format je nepoznat. Izaberite ga iznad, pa mapirajte kolone.</translation>
    </message>
    <message numerus="yes">
        <source>Rows with problems: %n. Training stops at the first one, so fix them first (see Problems).</source>
        <translation>
            <numerusform>Redova sa problemima: %n. Obuka se zaustavlja na prvom od njih, zato ih prvo ispravite (pogledajte Problemi).</numerusform>
            <numerusform>Redova sa problemima: %n. Obuka se zaustavlja na prvom od njih, zato ih prvo ispravite (pogledajte Problemi).</numerusform>
            <numerusform>Redova sa problemima: %n. Obuka se zaustavlja na prvom od njih, zato ih prvo ispravite (pogledajte Problemi).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rows read: %n. No problems found.</source>
        <translation>
            <numerusform>Pročitano redova: %n. Nisu pronađeni problemi.</numerusform>
            <numerusform>Pročitano redova: %n. Nisu pronađeni problemi.</numerusform>
            <numerusform>Pročitano redova: %n. Nisu pronađeni problemi.</numerusform>
        </translation>
    </message>
    <message>
        <source>No token statistics: {0}</source>
        <translation>Nema statistike tokena: {0}</translation>
    </message>
    <message numerus="yes">
        <source>Problems (%n)</source>
        <translation>
            <numerusform>Problemi (%n)</numerusform>
            <numerusform>Problemi (%n)</numerusform>
            <numerusform>Problemi (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Column for {0}</source>
        <translation>Kolona za {0}</translation>
    </message>
    <message>
        <source>The column of your file that holds {0}</source>
        <translation>Kolona vaše datoteke koja sadrži {0}</translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation>(nedostaje)</translation>
    </message>
    <message>
        <source>(none needed)</source>
        <translation>(nije potrebno)</translation>
    </message>
    <message>
        <source>{0} (longer than {1} tokens)</source>
        <translation>{0} (duže od {1} tokena)</translation>
    </message>
    <message>
        <source>min {0}, median {1}, 95% {2}, max {3}</source>
        <translation>min. {0}, medijana {1}, 95% {2}, maks. {3}</translation>
    </message>
    <message>
        <source>max length</source>
        <translation>najveća dužina</translation>
    </message>
    <message>
        <source>Longer than the maximum length: it will be cut.</source>
        <translation>Duže od najveće dužine: biće skraćeno.</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>duplikat</translation>
    </message>
    <message>
        <source>What to do: {0}</source>
        <translation>Šta uraditi: {0}</translation>
    </message>
    <message>
        <source>The row as read:</source>
        <translation>Red onako kako je pročitan:</translation>
    </message>
</context>
<context>
    <name>DistributedPanel</name>
    <message>
        <source>Several processes (GPUs or machines)</source>
        <translation>Više procesa (GPU-ovi ili računari)</translation>
    </message>
    <message>
        <source>One process</source>
        <translation>Jedan proces</translation>
    </message>
    <message>
        <source>ZeRO-1: split optimizer</source>
        <translation>ZeRO-1: podeli optimizator</translation>
    </message>
    <message>
        <source>ZeRO-2: split optimizer and gradients</source>
        <translation>ZeRO-2: podeli optimizator i gradijente</translation>
    </message>
    <message>
        <source>ZeRO-3: split everything</source>
        <translation>ZeRO-3: podeli sve</translation>
    </message>
    <message>
        <source>FSDP: split everything (GPUs)</source>
        <translation>FSDP: podeli sve (GPU)</translation>
    </message>
    <message>
        <source>Strategy:</source>
        <translation>Strategija:</translation>
    </message>
    <message>
        <source>Processes per machine:</source>
        <translation>Procesa po računaru:</translation>
    </message>
    <message>
        <source>Machines:</source>
        <translation>Računari:</translation>
    </message>
    <message>
        <source>Optimizer in CPU memory</source>
        <translation>Optimizator u memoriji CPU-a</translation>
    </message>
    <message>
        <source>Parameters in CPU memory</source>
        <translation>Parametri u memoriji CPU-a</translation>
    </message>
    <message>
        <source>Show command</source>
        <translation>Prikaži komandu</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiraj</translation>
    </message>
    <message>
        <source>Copy the command and the configuration</source>
        <translation>Kopiraj komandu i konfiguraciju</translation>
    </message>
    <message>
        <source>Estimated peak memory per device: {0} ({1})</source>
        <translation>Procenjena vršna memorija po uređaju: {0} ({1})</translation>
    </message>
    <message>
        <source># on every machine, RUN_DIR being the run folder (without a GPU, first: export DS_ACCELERATOR=cpu):</source>
        <translation># na svakom računaru, gde je RUN_DIR fascikla pokretanja (bez GPU-a prvo: export DS_ACCELERATOR=cpu):</translation>
    </message>
    <message>
        <source># RUN_DIR/deepspeed.json:</source>
        <translation># RUN_DIR/deepspeed.json:</translation>
    </message>
    <message>
        <source># FSDP settings (Trainer):</source>
        <translation># FSDP podešavanja (Trainer):</translation>
    </message>
    <message>
        <source># global batch: {0}; the whole run to take elsewhere: desktop-ft train CONFIG.yaml --emit-launch DIR</source>
        <translation># globalni paket: {0}; celo pokretanje za prenos na drugo mesto: desktop-ft train CONFIG.yaml --emit-launch DIR</translation>
    </message>
</context>
<context>
    <name>EvaluatePage</name>
    <message>
        <source>Evaluate &amp; chat</source>
        <translation>Evaluacija i čet</translation>
    </message>
    <message>
        <source>Ask the model before and after fine-tuning the same question, and see the run&apos;s scores. The answers are written as they are generated.</source>
        <translation>Postavite isto pitanje modelu pre i posle finog podešavanja i pogledajte rezultate pokretanja. Odgovori se ispisuju dok nastaju.</translation>
    </message>
    <message>
        <source>Run:</source>
        <translation>Pokretanje:</translation>
    </message>
    <message>
        <source>Run to evaluate</source>
        <translation>Pokretanje za evaluaciju</translation>
    </message>
    <message>
        <source>Prompt for both models</source>
        <translation>Upit za oba modela</translation>
    </message>
    <message>
        <source>Type a question for both models…</source>
        <translation>Upišite pitanje za oba modela…</translation>
    </message>
    <message>
        <source>Tokens:</source>
        <translation>Tokeni:</translation>
    </message>
    <message>
        <source>Most tokens per answer</source>
        <translation>Najviše tokena po odgovoru</translation>
    </message>
    <message>
        <source>The most tokens each answer may have.</source>
        <translation>Najveći broj tokena koji svaki odgovor sme da ima.</translation>
    </message>
    <message>
        <source>&amp;Ask both</source>
        <translation>&amp;Pitaj oba</translation>
    </message>
    <message>
        <source>Ask both models</source>
        <translation>Pitaj oba modela</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>Za&amp;ustavi</translation>
    </message>
    <message>
        <source>Stop both answers</source>
        <translation>Zaustavi oba odgovora</translation>
    </message>
    <message>
        <source>Before: the base model</source>
        <translation>Pre: osnovni model</translation>
    </message>
    <message>
        <source>After: your fine-tuned model</source>
        <translation>Posle: vaš fino podešeni model</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Rezultati</translation>
    </message>
    <message>
        <source>&amp;Score the run</source>
        <translation>&amp;Oceni pokretanje</translation>
    </message>
    <message>
        <source>Score the run, base against fine-tuned</source>
        <translation>Oceni pokretanje: osnovni naspram fino podešenog</translation>
    </message>
    <message>
        <source>Measure the scenario&apos;s metric on the held-out rows for both models (writes eval.json).</source>
        <translation>Izmeri metriku scenarija na izdvojenim redovima za oba modela (upisuje eval.json).</translation>
    </message>
    <message>
        <source>Scoring progress</source>
        <translation>Napredak ocenjivanja</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mera</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Osnovni</translation>
    </message>
    <message>
        <source>Fine-tuned</source>
        <translation>Fino podešen</translation>
    </message>
    <message>
        <source>Scores of the run</source>
        <translation>Rezultati pokretanja</translation>
    </message>
    <message>
        <source>No trained run yet. Train one on the Train page.</source>
        <translation>Još nema istreniranog pokretanja. Istrenirajte ga na stranici Obuka.</translation>
    </message>
    <message>
        <source>During training</source>
        <translation>Tokom obuke</translation>
    </message>
    <message>
        <source>Last eval loss (step {0})</source>
        <translation>Poslednji validacioni gubitak (korak {0})</translation>
    </message>
    <message>
        <source>Best eval loss (step {0})</source>
        <translation>Najbolji validacioni gubitak (korak {0})</translation>
    </message>
    <message>
        <source>Perplexity at the last eval</source>
        <translation>Perpleksnost pri poslednoj evaluaciji</translation>
    </message>
    <message>
        <source>Scored on {0} held-out rows ({1}).</source>
        <translation>Ocenjeno na {0} izdvojenih redova ({1}).</translation>
    </message>
    <message>
        <source>Not scored yet: Score the run measures its scenario&apos;s metric for both models.</source>
        <translation>Još nije ocenjeno: Oceni pokretanje meri metriku njegovog scenarija za oba modela.</translation>
    </message>
    <message>
        <source>Scenario: {0}</source>
        <translation>Scenario: {0}</translation>
    </message>
    <message>
        <source>The metric this scenario is judged by.</source>
        <translation>Metrika po kojoj se ovaj scenario ocenjuje.</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Uzorci</translation>
    </message>
    <message>
        <source>Expected: {0}</source>
        <translation>Očekivano: {0}</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <source>Export</source>
        <translation>Izvoz</translation>
    </message>
    <message>
        <source>Export a trained run to ONNX for CPUs, GPUs and edge devices. Every export is checked against the trained model, and you can talk to it before you ship it.</source>
        <translation>Izvezite istrenirano pokretanje u ONNX za CPU, GPU i edge uređaje. Svaki izvoz se proverava u odnosu na istrenirani model, a pre isporuke možete da razgovarate s njim.</translation>
    </message>
    <message>
        <source>Export settings</source>
        <translation>Podešavanja izvoza</translation>
    </message>
    <message>
        <source>Run to export</source>
        <translation>Pokretanje za izvoz</translation>
    </message>
    <message>
        <source>Runs that finished training.</source>
        <translation>Pokretanja koja su završila obuku.</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Preciznost</translation>
    </message>
    <message>
        <source>fp32 (exact, largest)</source>
        <translation>fp32 (tačno, najveće)</translation>
    </message>
    <message>
        <source>fp16 (half size, for GPUs)</source>
        <translation>fp16 (upola manje, za GPU)</translation>
    </message>
    <message>
        <source>int8 (quarter size)</source>
        <translation>int8 (četvrtina veličine)</translation>
    </message>
    <message>
        <source>int4 (smallest, fastest on CPU)</source>
        <translation>int4 (najmanje, najbrže na CPU)</translation>
    </message>
    <message>
        <source>Target device</source>
        <translation>Ciljni uređaj</translation>
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
        <translation>Veličina bloka</translation>
    </message>
    <message>
        <source>Weights quantized together. Smaller blocks are more accurate and a little larger.</source>
        <translation>Težine koje se kvantizuju zajedno. Manji blokovi su tačniji i malo veći.</translation>
    </message>
    <message>
        <source>Accuracy level</source>
        <translation>Nivo tačnosti</translation>
    </message>
    <message>
        <source>Compute type of quantized matrix products. 4 (int8) is the fastest on CPUs.</source>
        <translation>Računski tip kvantizovanih proizvoda matrica. 4 (int8) je najbrži na CPU.</translation>
    </message>
    <message>
        <source>Run:</source>
        <translation>Pokretanje:</translation>
    </message>
    <message>
        <source>Precision:</source>
        <translation>Preciznost:</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>Cilj:</translation>
    </message>
    <message>
        <source>Block size:</source>
        <translation>Veličina bloka:</translation>
    </message>
    <message>
        <source>Accuracy level:</source>
        <translation>Nivo tačnosti:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Izvezi</translation>
    </message>
    <message>
        <source>Export the run</source>
        <translation>Izvezi pokretanje</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>Za&amp;ustavi</translation>
    </message>
    <message>
        <source>Stop the export</source>
        <translation>Zaustavi izvoz</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Napredak izvoza</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>Status izvoza</translation>
    </message>
    <message>
        <source>Exports of this run:</source>
        <translation>Izvozi ovog pokretanja:</translation>
    </message>
    <message>
        <source>Exports of this run</source>
        <translation>Izvozi ovog pokretanja</translation>
    </message>
    <message>
        <source>Prompt for the exported model</source>
        <translation>Upit za izvezeni model</translation>
    </message>
    <message>
        <source>Ask the exported model something…</source>
        <translation>Pitajte nešto izvezeni model…</translation>
    </message>
    <message>
        <source>&amp;Ask</source>
        <translation>&amp;Pitaj</translation>
    </message>
    <message>
        <source>Ask the exported model</source>
        <translation>Pitaj izvezeni model</translation>
    </message>
    <message>
        <source>The exported model answers</source>
        <translation>Izvezeni model odgovara</translation>
    </message>
    <message>
        <source>Parity report</source>
        <translation>Izveštaj o podudarnosti</translation>
    </message>
    <message>
        <source>Try the export</source>
        <translation>Isprobaj izvoz</translation>
    </message>
    <message>
        <source>starting…</source>
        <translation>pokrećem…</translation>
    </message>
    <message>
        <source>Stopping; nothing will be written…</source>
        <translation>Zaustavljam; ništa neće biti upisano…</translation>
    </message>
    <message>
        <source>Stopped. Nothing was written.</source>
        <translation>Zaustavljeno. Ništa nije upisano.</translation>
    </message>
    <message>
        <source>done</source>
        <translation>gotovo</translation>
    </message>
    <message>
        <source>Exported to {0}</source>
        <translation>Izvezeno u {0}</translation>
    </message>
    <message>
        <source>Exporting {0}…</source>
        <translation>Izvozim {0}…</translation>
    </message>
    <message>
        <source>The export failed: {0}</source>
        <translation>Izvoz nije uspeo: {0}</translation>
    </message>
</context>
<context>
    <name>HardwarePage</name>
    <message>
        <source>Hardware</source>
        <translation>Hardver</translation>
    </message>
    <message>
        <source>The processor, memory and accelerators found on this machine. The recommendations and memory estimates of the next steps are made for them.</source>
        <translation>Procesor, memorija i akceleratori pronađeni na ovom računaru. Preporuke i procene memorije u narednim koracima prave se upravo za njih.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Stavka</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Vrednost</translation>
    </message>
    <message>
        <source>Detected hardware</source>
        <translation>Otkriveni hardver</translation>
    </message>
    <message>
        <source>&amp;Detect again</source>
        <translation>&amp;Ponovo otkrij</translation>
    </message>
    <message>
        <source>Detect the hardware again</source>
        <translation>Ponovo otkrij hardver</translation>
    </message>
    <message>
        <source>Detecting…</source>
        <translation>Otkrivam…</translation>
    </message>
    <message>
        <source>Hardware detection failed: {0}</source>
        <translation>Otkrivanje hardvera nije uspelo: {0}</translation>
    </message>
    <message>
        <source>Detection stopped.</source>
        <translation>Otkrivanje je zaustavljeno.</translation>
    </message>
    <message>
        <source>Hardware detection unavailable in this build.</source>
        <translation>Otkrivanje hardvera nije dostupno u ovoj verziji.</translation>
    </message>
    <message>
        <source>An NVIDIA GPU is present, but the installed PyTorch ({0}) is a CPU build: training runs on the CPU.</source>
        <translation>Prisutan je NVIDIA GPU, ali je instalirani PyTorch ({0}) verzija za CPU: obuka se izvršava na CPU.</translation>
    </message>
    <message>
        <source>The NVIDIA driver ({0}) is too old for the installed PyTorch ({1}): training runs on the CPU.</source>
        <translation>NVIDIA drajver ({0}) je prestar za instalirani PyTorch ({1}): obuka se izvršava na CPU.</translation>
    </message>
    <message>
        <source>PyTorch is not installed or does not load, so training cannot start.</source>
        <translation>PyTorch nije instaliran ili se ne učitava, pa obuka ne može da počne.</translation>
    </message>
    <message>
        <source>This is the CPU build of Desktop FT. To train on the GPU, install its GPU build, or install Desktop FT with pip (see the README).</source>
        <translation>Ovo je CPU verzija programa Desktop FT. Za obuku na GPU instalirajte njegovu GPU verziju ili instalirajte Desktop FT pomoću pip-a (pogledajte README).</translation>
    </message>
    <message>
        <source>Install the matching PyTorch build, then restart Desktop FT:</source>
        <translation>Instalirajte odgovarajuću verziju PyTorch-a, a zatim ponovo pokrenite Desktop FT:</translation>
    </message>
    <message>
        <source>Update the NVIDIA driver to version {0} or newer.</source>
        <translation>Ažurirajte NVIDIA drajver na verziju {0} ili noviju.</translation>
    </message>
    <message numerus="yes">
        <source>Found %n GPU(s) that PyTorch cannot use yet: {0}.</source>
        <translation>
            <numerusform>Pronađen je %n GPU koji PyTorch još ne može da koristi: {0}.</numerusform>
            <numerusform>Pronađena su %n GPU-a koje PyTorch još ne može da koristi: {0}.</numerusform>
            <numerusform>Pronađeno je %n GPU-ova koje PyTorch još ne može da koristi: {0}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Training can use %n GPU(s): {0}.</source>
        <translation>
            <numerusform>Obuka može da koristi %n GPU: {0}.</numerusform>
            <numerusform>Obuka može da koristi %n GPU-a: {0}.</numerusform>
            <numerusform>Obuka može da koristi %n GPU-ova: {0}.</numerusform>
        </translation>
    </message>
    <message>
        <source>No GPU found: training runs on the CPU (fine for the demo and small models).</source>
        <translation>Nije pronađen GPU: obuka se izvršava na CPU (dovoljno za demo i male modele).</translation>
    </message>
    <message>
        <source>Processor</source>
        <translation>Procesor</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naziv</translation>
    </message>
    <message>
        <source>Cores</source>
        <translation>Jezgra</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Niti</translation>
    </message>
    <message>
        <source>Instruction sets</source>
        <translation>Skupovi instrukcija</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Memorija</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>Pozadinski sistem</translation>
    </message>
    <message>
        <source>bfloat16</source>
        <translation>bfloat16</translation>
    </message>
    <message>
        <source>Compute capability</source>
        <translation>Računska sposobnost (compute capability)</translation>
    </message>
    <message>
        <source>ONNX Runtime providers</source>
        <translation>ONNX Runtime provajderi</translation>
    </message>
    <message>
        <source>Accelerators</source>
        <translation>Akceleratori</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Operativni sistem</translation>
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
        <translation>Arhitektura</translation>
    </message>
    <message>
        <source>Measured speed</source>
        <translation>Izmerena brzina</translation>
    </message>
    <message>
        <source>Memory available</source>
        <translation>Dostupna memorija</translation>
    </message>
    <message>
        <source>Memory free</source>
        <translation>Slobodna memorija</translation>
    </message>
    <message>
        <source>Disk free</source>
        <translation>Slobodan prostor na disku</translation>
    </message>
    <message>
        <source>Runs folder</source>
        <translation>Fascikla pokretanja</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Indeks</translation>
    </message>
    <message>
        <source>Interconnect</source>
        <translation>Međupovezivanje</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>Drajver</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Vrsta</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Uređaj</translation>
    </message>
    <message>
        <source>Not detected</source>
        <translation>Nije otkriveno</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Napomene</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Izvor</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nema</translation>
    </message>
    <message>
        <source>{0} GFLOP/s (fp32 matmul)</source>
        <translation>{0} GFLOP/s (fp32 množenje matrica)</translation>
    </message>
    <message>
        <source>not measured (press Detect again)</source>
        <translation>nije izmereno (pritisnite Ponovo otkrij)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>da</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ne</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>nepoznato</translation>
    </message>
</context>
<context>
    <name>Histogram</name>
    <message>
        <source>No lengths to show yet.</source>
        <translation>Još nema dužina za prikaz.</translation>
    </message>
</context>
<context>
    <name>HostedDialog</name>
    <message>
        <source>Fine-tune at a hosted service</source>
        <translation>Fino podešavanje u hostovanoj usluzi</translation>
    </message>
    <message>
        <source>Your dataset is converted to the service&apos;s chat format and checked against its rules. Nothing is uploaded until you confirm; the service bills the training tokens.</source>
        <translation>Vaš skup podataka se konvertuje u format četa te usluge i proverava prema njenim pravilima. Ništa se ne otprema dok ne potvrdite; usluga naplaćuje tokene obuke.</translation>
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
        <translation>Usluga</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Krajnja tačka</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API ključ</translation>
    </message>
    <message>
        <source>Base model at the service</source>
        <translation>Osnovni model u usluzi</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Usluga:</translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation>&amp;Krajnja tačka:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API &amp;ključ:</translation>
    </message>
    <message>
        <source>Base &amp;model:</source>
        <translation>Osnovni &amp;model:</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Proveri &amp;ponovo</translation>
    </message>
    <message>
        <source>Converted data and cost estimate</source>
        <translation>Konvertovani podaci i procena cene</translation>
    </message>
    <message>
        <source>Problems found in the data</source>
        <translation>Problemi pronađeni u podacima</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Odredište</translation>
    </message>
    <message>
        <source>&amp;Confirm and upload</source>
        <translation>&amp;Potvrdi i otpremi</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>Problemi:</translation>
    </message>
    <message>
        <source>Converting and checking the dataset…</source>
        <translation>Konvertujem i proveravam skup podataka…</translation>
    </message>
    <message>
        <source>The dataset cannot be prepared: {0}</source>
        <translation>Skup podataka ne može da se pripremi: {0}</translation>
    </message>
    <message>
        <source>stored in the system keyring</source>
        <translation>sačuvano u sistemskom privesku ključeva</translation>
    </message>
    <message>
        <source>paste the key</source>
        <translation>nalepite ključ</translation>
    </message>
    <message>
        <source>Dataset: {0} ({1})</source>
        <translation>Skup podataka: {0} ({1})</translation>
    </message>
    <message>
        <source>Converted: {0} training and {1} validation examples, chat JSONL</source>
        <translation>Konvertovano: {0} primera za obuku i {1} za validaciju, čet JSONL</translation>
    </message>
    <message>
        <source>Tokens per epoch: about {0} (largest example {1}; the service trains on up to {2} per example)</source>
        <translation>Tokena po epohi: oko {0} (najveći primer {1}; usluga trenira najviše {2} po primeru)</translation>
    </message>
    <message>
        <source>Billed training tokens: about {0} ({1} epochs)</source>
        <translation>Naplaćeni tokeni obuke: oko {0} ({1} epoha)</translation>
    </message>
    <message>
        <source>The estimate counts about 4 bytes of text per token; the service reports the exact count when the job ends.</source>
        <translation>Procena računa oko 4 bajta teksta po tokenu; usluga prijavljuje tačan broj kada se posao završi.</translation>
    </message>
    <message>
        <source>Base model: {0}</source>
        <translation>Osnovni model: {0}</translation>
    </message>
    <message>
        <source>error</source>
        <translation>greška</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>upozorenje</translation>
    </message>
    <message>
        <source>… and {0} more</source>
        <translation>… i još {0}</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Nisu pronađeni problemi.</translation>
    </message>
    <message>
        <source>The dataset has not been checked yet.</source>
        <translation>Skup podataka još nije proveren.</translation>
    </message>
    <message>
        <source>Fix the errors listed first.</source>
        <translation>Prvo ispravite navedene greške.</translation>
    </message>
    <message>
        <source>Enter the service&apos;s endpoint (https://…).</source>
        <translation>Unesite krajnju tačku usluge (https://…).</translation>
    </message>
    <message>
        <source>Enter the API key; it is kept in the system keyring.</source>
        <translation>Unesite API ključ; čuva se u sistemskom privesku ključeva.</translation>
    </message>
    <message>
        <source>Will upload {0} examples ({1}) to {2} at {3} and start a fine-tuning job of {4} there.</source>
        <translation>Otpremiće {0} primera ({1}) u {2} na {3} i tamo pokrenuti posao finog podešavanja modela {4}.</translation>
    </message>
</context>
<context>
    <name>LivePlots</name>
    <message>
        <source>Preparing plots…</source>
        <translation>Pripremam grafikone…</translation>
    </message>
    <message>
        <source>step</source>
        <translation>korak</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Steps</source>
        <translation>Koraci</translation>
    </message>
    <message>
        <source>Current step</source>
        <translation>Trenutni korak</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datoteka</translation>
    </message>
    <message>
        <source>&amp;Open configuration…</source>
        <translation>&amp;Otvori konfiguraciju…</translation>
    </message>
    <message>
        <source>Use the bundled &amp;demo</source>
        <translation>Koristi priloženi &amp;demo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Izađi</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Idi</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Prikaz</translation>
    </message>
    <message>
        <source>&amp;Light theme</source>
        <translation>&amp;Svetla tema</translation>
    </message>
    <message>
        <source>&amp;Dark theme</source>
        <translation>&amp;Tamna tema</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Jezik</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Pomoć</translation>
    </message>
    <message>
        <source>&amp;About Desktop FT</source>
        <translation>&amp;O programu Desktop FT</translation>
    </message>
    <message>
        <source>{0} (Ctrl+{1})</source>
        <translation>{0} (Ctrl+{1})</translation>
    </message>
    <message>
        <source>About Desktop FT</source>
        <translation>O programu Desktop FT</translation>
    </message>
    <message>
        <source>Desktop FT {0}
Point-and-click fine-tuning of language models on your own machine, with ONNX export for the edge.</source>
        <translation>Desktop FT {0}
Fino podešavanje jezičkih modela klikom miša na sopstvenom računaru, sa izvozom u ONNX za edge uređaje.</translation>
    </message>
    <message>
        <source>Open a run configuration</source>
        <translation>Otvori konfiguraciju pokretanja</translation>
    </message>
    <message>
        <source>Run configuration (*.yaml *.yml);;All files (*)</source>
        <translation>Konfiguracija pokretanja (*.yaml *.yml);;Sve datoteke (*)</translation>
    </message>
    <message>
        <source>Desktop FT — training</source>
        <translation>Desktop FT — obuka</translation>
    </message>
    <message>
        <source>Desktop FT</source>
        <translation>Desktop FT</translation>
    </message>
    <message>
        <source>Training is running</source>
        <translation>Obuka je u toku</translation>
    </message>
    <message>
        <source>A training run is in progress. Stop it and quit?

It stops after the current step and keeps its last checkpoint; Resume continues it later.</source>
        <translation>Pokretanje obuke je u toku. Zaustaviti ga i izaći?

Zaustavlja se posle trenutnog koraka i čuva poslednju kontrolnu tačku; Nastavi ga kasnije nastavlja.</translation>
    </message>
    <message>
        <source>Still stopping the run after its current step…</source>
        <translation>Pokretanje se još zaustavlja posle trenutnog koraka…</translation>
    </message>
    <message>
        <source>Stopping the run after its current step…</source>
        <translation>Zaustavljam pokretanje posle trenutnog koraka…</translation>
    </message>
</context>
<context>
    <name>MemoryBars</name>
    <message>
        <source>device memory</source>
        <translation>memorija uređaja</translation>
    </message>
    <message>
        <source>Memory estimate</source>
        <translation>Procena memorije</translation>
    </message>
    <message>
        <source>Total: {0} of {1} ({2})</source>
        <translation>Ukupno: {0} od {1} ({2})</translation>
    </message>
    <message>
        <source>Select a plan to see its memory.</source>
        <translation>Izaberite plan da vidite njegovu memoriju.</translation>
    </message>
    <message>
        <source>{0} of {1} {2}</source>
        <translation>{0} od {1} ({2})</translation>
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
        <translation>Model za fino podešavanje: jedan iz kataloga (prvo porodica Phi-3), fascikla modela na ovom računaru ili preuzimanje sa Hugging Face Hub-a.</translation>
    </message>
    <message>
        <source>Model of this run:</source>
        <translation>Model ovog pokretanja:</translation>
    </message>
    <message>
        <source>Model of this run</source>
        <translation>Model ovog pokretanja</translation>
    </message>
    <message>
        <source>Allow this model to run its own code (trust_remote_code)</source>
        <translation>Dozvoli ovom modelu da pokreće sopstveni kod (trust_remote_code)</translation>
    </message>
    <message>
        <source>Allow this model to run its own code</source>
        <translation>Dozvoli ovom modelu da pokreće sopstveni kod</translation>
    </message>
    <message>
        <source>Some models ship Python code that runs on your computer, with your rights, when they load. Allow it only if you trust the model&apos;s authors. It applies to this model only.</source>
        <translation>Neki modeli sadrže Python kod koji se, kada se učitaju, pokreće na vašem računaru sa vašim ovlašćenjima. Dozvolite to samo ako verujete autorima modela. Važi samo za ovaj model.</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Porodica</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parametri</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licenca</translation>
    </message>
    <message>
        <source>Context (tokens)</source>
        <translation>Kontekst (tokeni)</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Preuzimanje</translation>
    </message>
    <message>
        <source>Hub id</source>
        <translation>Id na Hub-u</translation>
    </message>
    <message>
        <source>Size of the weights in bf16, as published.</source>
        <translation>Veličina težina u bf16, kako su objavljene.</translation>
    </message>
    <message>
        <source>Model catalog</source>
        <translation>Katalog modela</translation>
    </message>
    <message>
        <source>&amp;Use this model</source>
        <translation>&amp;Koristi ovaj model</translation>
    </message>
    <message>
        <source>Use the selected catalog model</source>
        <translation>Koristi izabrani model iz kataloga</translation>
    </message>
    <message>
        <source>Sizes and licences are known offline. A catalog model is downloaded when training starts, or below.</source>
        <translation>Veličine i licence su poznate i van mreže. Model iz kataloga se preuzima kada obuka počne, ili ispod.</translation>
    </message>
    <message>
        <source>Model folder on this computer</source>
        <translation>Fascikla modela na ovom računaru</translation>
    </message>
    <message>
        <source>Model folder</source>
        <translation>Fascikla modela</translation>
    </message>
    <message>
        <source>A folder with config.json, weights and tokenizer</source>
        <translation>Fascikla sa config.json, težinama i tokenizatorom</translation>
    </message>
    <message>
        <source>Choose &amp;folder…</source>
        <translation>Izaberi &amp;fasciklu…</translation>
    </message>
    <message>
        <source>Choose a model folder</source>
        <translation>Izaberite fasciklu modela</translation>
    </message>
    <message>
        <source>Download from the Hugging Face Hub</source>
        <translation>Preuzmi sa Hugging Face Hub-a</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>&amp;Preuzmi</translation>
    </message>
    <message>
        <source>Download the model</source>
        <translation>Preuzmi model</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>Za&amp;ustavi</translation>
    </message>
    <message>
        <source>Stop the download</source>
        <translation>Zaustavi preuzimanje</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Napredak preuzimanja</translation>
    </message>
    <message>
        <source>Download status</source>
        <translation>Status preuzimanja</translation>
    </message>
    <message>
        <source>{0} parameters, {1} tokens of context</source>
        <translation>{0} parametara, {1} tokena konteksta</translation>
    </message>
    <message>
        <source>Type a hub id, such as microsoft/Phi-3-mini-4k-instruct.</source>
        <translation>Upišite id sa hub-a, na primer microsoft/Phi-3-mini-4k-instruct.</translation>
    </message>
    <message>
        <source>Connecting to the Hub for {0}…</source>
        <translation>Povezujem se sa Hub-om zbog {0}…</translation>
    </message>
    <message>
        <source>Downloading {0}…</source>
        <translation>Preuzimam {0}…</translation>
    </message>
    <message>
        <source>Downloaded to {0}. It is now the model of this run.</source>
        <translation>Preuzeto u {0}. Sada je to model ovog pokretanja.</translation>
    </message>
    <message>
        <source>Download stopped. Files already fetched stay in the cache.</source>
        <translation>Preuzimanje zaustavljeno. Već preuzete datoteke ostaju u kešu.</translation>
    </message>
    <message>
        <source>What to do: {0}</source>
        <translation>Šta uraditi: {0}</translation>
    </message>
    <message>
        <source>demo (bundled Phi-3 architecture demo model)</source>
        <translation>demo (priloženi demo model sa Phi-3 arhitekturom)</translation>
    </message>
</context>
<context>
    <name>ParityView</name>
    <message>
        <source>Parity verdict</source>
        <translation>Ocena podudarnosti</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mera</translation>
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
        <translation>Prag</translation>
    </message>
    <message>
        <source>Parity report</source>
        <translation>Izveštaj o podudarnosti</translation>
    </message>
    <message>
        <source>match: answers like the trained model</source>
        <translation>podudaranje: odgovara kao istrenirani model</translation>
    </message>
    <message>
        <source>pass: within the limits for this precision</source>
        <translation>prošlo: u granicama za ovu preciznost</translation>
    </message>
    <message>
        <source>fail: does not answer like the trained model</source>
        <translation>nije prošlo: ne odgovara kao istrenirani model</translation>
    </message>
    <message>
        <source>not run: this target cannot run here</source>
        <translation>nije pokrenuto: ovaj cilj ne može da radi ovde</translation>
    </message>
    <message>
        <source>No export selected.</source>
        <translation>Nije izabran izvoz.</translation>
    </message>
    <message>
        <source>Verdict: {0}</source>
        <translation>Ocena: {0}</translation>
    </message>
    <message>
        <source>Largest logit difference</source>
        <translation>Najveća razlika logita</translation>
    </message>
    <message>
        <source>Relative logit difference</source>
        <translation>Relativna razlika logita</translation>
    </message>
    <message>
        <source>Same next token (top-1)</source>
        <translation>Isti sledeći token (top-1)</translation>
    </message>
    <message>
        <source>Same next token where PyTorch is sure</source>
        <translation>Isti sledeći token tamo gde je PyTorch siguran</translation>
    </message>
    <message>
        <source>Mean KL divergence</source>
        <translation>Prosečna KL divergencija</translation>
    </message>
    <message>
        <source>Same greedy answer</source>
        <translation>Isti pohlepni odgovor</translation>
    </message>
    <message>
        <source>Greedy tokens in agreement</source>
        <translation>Podudarni tokeni pri pohlepnom dekodiranju</translation>
    </message>
    <message>
        <source>Stops where PyTorch stops</source>
        <translation>Zaustavlja se gde i PyTorch</translation>
    </message>
    <message>
        <source>End tokens</source>
        <translation>Završni tokeni</translation>
    </message>
    <message>
        <source>Chat template</source>
        <translation>Šablon za čet</translation>
    </message>
    <message>
        <source>Perplexity</source>
        <translation>Perpleksnost</translation>
    </message>
    <message>
        <source>Perplexity ratio (ONNX / PyTorch)</source>
        <translation>Odnos perpleksnosti (ONNX / PyTorch)</translation>
    </message>
    <message>
        <source>Size on disk</source>
        <translation>Veličina na disku</translation>
    </message>
    <message>
        <source>Load time (s)</source>
        <translation>Vreme učitavanja (s)</translation>
    </message>
    <message>
        <source>First token (s)</source>
        <translation>Prvi token (s)</translation>
    </message>
    <message>
        <source>Tokens per second</source>
        <translation>Tokena u sekundi</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>da</translation>
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
        <translation>Plan</translation>
    </message>
    <message>
        <source>Ranked fine-tuning plans for this machine, with their memory estimates. Choose one and apply it: the Train page runs exactly these settings.</source>
        <translation>Rangirani planovi finog podešavanja za ovaj računar, sa procenama memorije. Izaberite jedan i primenite ga: stranica Obuka pokreće tačno ta podešavanja.</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation> tokena</translation>
    </message>
    <message>
        <source>Sequence length</source>
        <translation>Dužina sekvence</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Model:</translation>
    </message>
    <message>
        <source>&amp;Scenario:</source>
        <translation>&amp;Scenario:</translation>
    </message>
    <message>
        <source>Se&amp;quence:</source>
        <translation>Se&amp;kvenca:</translation>
    </message>
    <message>
        <source>&amp;Recommend</source>
        <translation>&amp;Preporuči</translation>
    </message>
    <message>
        <source>Recommend plans</source>
        <translation>Preporuči planove</translation>
    </message>
    <message>
        <source>Goals:</source>
        <translation>Ciljevi:</translation>
    </message>
    <message>
        <source>Go to &amp;Hardware</source>
        <translation>Idi na &amp;Hardver</translation>
    </message>
    <message>
        <source>Go to the Hardware page</source>
        <translation>Idi na stranicu Hardver</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Technique</source>
        <translation>Tehnika</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Raspored</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Ocena</translation>
    </message>
    <message>
        <source>Peak memory</source>
        <translation>Vršna memorija</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Zašto</translation>
    </message>
    <message>
        <source>Ranked plans</source>
        <translation>Rangirani planovi</translation>
    </message>
    <message>
        <source>Why this plan</source>
        <translation>Zašto ovaj plan</translation>
    </message>
    <message>
        <source>&amp;Apply to training settings</source>
        <translation>Prime&amp;ni na podešavanja obuke</translation>
    </message>
    <message>
        <source>Apply the selected plan to the training settings</source>
        <translation>Primeni izabrani plan na podešavanja obuke</translation>
    </message>
    <message>
        <source>Run hos&amp;ted…</source>
        <translation>Pokreni hos&amp;tovano…</translation>
    </message>
    <message>
        <source>Fine-tune at a hosted service (Azure AI Foundry or OpenAI) instead of this machine: the data, the cost and the destination are shown first</source>
        <translation>Fino podešavanje u hostovanoj usluzi (Azure AI Foundry ili OpenAI) umesto na ovom računaru: prvo se prikazuju podaci, cena i odredište</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Planovi</translation>
    </message>
    <message>
        <source>Cookbook matrix</source>
        <translation>Matrica iz Cookbook-a</translation>
    </message>
    <message>
        <source>Several processes</source>
        <translation>Više procesa</translation>
    </message>
    <message>
        <source>Lower cost</source>
        <translation>Niži troškovi</translation>
    </message>
    <message>
        <source>Less memory</source>
        <translation>Manje memorije</translation>
    </message>
    <message>
        <source>Fewer parameters</source>
        <translation>Manje parametara</translation>
    </message>
    <message>
        <source>Multi-GPU</source>
        <translation>Više GPU-ova</translation>
    </message>
    <message>
        <source>fits</source>
        <translation>staje</translation>
    </message>
    <message>
        <source>tight</source>
        <translation>tesno</translation>
    </message>
    <message>
        <source>does not fit</source>
        <translation>ne staje</translation>
    </message>
    <message>
        <source>weights</source>
        <translation>težine</translation>
    </message>
    <message>
        <source>adapter</source>
        <translation>adapter</translation>
    </message>
    <message>
        <source>gradients</source>
        <translation>gradijenti</translation>
    </message>
    <message>
        <source>optimizer</source>
        <translation>optimizator</translation>
    </message>
    <message>
        <source>activations</source>
        <translation>aktivacije</translation>
    </message>
    <message>
        <source>logits</source>
        <translation>logiti</translation>
    </message>
    <message>
        <source>overhead</source>
        <translation>dodatni troškovi</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Vrsta</translation>
    </message>
    <message>
        <source>Scenario or goal</source>
        <translation>Scenario ili cilj</translation>
    </message>
    <message>
        <source>Fine-tuning scenarios and techniques</source>
        <translation>Scenariji i tehnike finog podešavanja</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Cilj</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Da</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ne</translation>
    </message>
    <message>
        <source>Training settings now: {0}</source>
        <translation>Trenutna podešavanja obuke: {0}</translation>
    </message>
    <message>
        <source>, rank {0}</source>
        <translation>, rang {0}</translation>
    </message>
    <message>
        <source>, batch {0} × {1}, {2} tokens, checkpointing {3}</source>
        <translation>, paket {0} × {1}, {2} tokena, checkpointing {3}</translation>
    </message>
    <message>
        <source>on</source>
        <translation>uključen</translation>
    </message>
    <message>
        <source>off</source>
        <translation>isključen</translation>
    </message>
    <message>
        <source>Detect hardware first: plans are made for the machine the Hardware page found.</source>
        <translation>Prvo otkrijte hardver: planovi se prave za računar koji je pronašla stranica Hardver.</translation>
    </message>
    <message>
        <source>For {0} ({1}).</source>
        <translation>Za {0} ({1}).</translation>
    </message>
    <message>
        <source>{0} on {1} GPUs</source>
        <translation>{0} na {1} GPU-a</translation>
    </message>
    <message>
        <source> + CPU offload</source>
        <translation> + prebacivanje na CPU</translation>
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
        <translation>Prvo izaberite plan.</translation>
    </message>
    <message>
        <source>usable on the device</source>
        <translation>upotrebljivo na uređaju</translation>
    </message>
    <message>
        <source>usable memory</source>
        <translation>upotrebljiva memorija</translation>
    </message>
    <message>
        <source>What to change:</source>
        <translation>Šta promeniti:</translation>
    </message>
    <message>
        <source>Set the technique, rank, batch, length and checkpointing of the Train page to this plan&apos;s.</source>
        <translation>Postavlja tehniku, rang, paket, dužinu i checkpointing stranice Obuka na vrednosti ovog plana.</translation>
    </message>
    <message>
        <source>{0} cannot be trained by this app.</source>
        <translation>{0} ne može da se trenira u ovom programu.</translation>
    </message>
    <message>
        <source>This plan spreads training over {0} GPUs ({1}); choose a ZeRO stage or FSDP on the Several processes tab.</source>
        <translation>Ovaj plan raspoređuje obuku na {0} GPU-a ({1}); izaberite ZeRO fazu ili FSDP na kartici Više procesa.</translation>
    </message>
    <message>
        <source>This plan needs a device this machine does not have.</source>
        <translation>Ovaj plan zahteva uređaj koji ovaj računar nema.</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <extracomment>code -&gt; the language&apos;s name in itself, as the Language menu shows it (never translated: a user lost in a language they cannot read still finds their own). Qt&apos;s standard button texts (message boxes, dialogs). Qt translates them only where it ships a qtbase_&lt;code&gt;.qm; ours cover Greek, Serbian and Tagalog too (for Czech and Swedish Qt&apos;s own, installed after ours, is asked first).</extracomment>
        <translation>U redu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Otkaži</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Da</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Ne</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otvori</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Sačuvaj</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zatvori</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Primeni</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Odbaci</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Pomoć</translation>
    </message>
</context>
<context>
    <name>RunCurves</name>
    <message>
        <source>Select one run to see its loss, or several to compare them.</source>
        <translation>Izaberite jedno pokretanje da vidite njegov gubitak, ili više njih da ih uporedite.</translation>
    </message>
</context>
<context>
    <name>RunsPage</name>
    <message>
        <source>Runs</source>
        <extracomment>the window tells which run is training now: that one is never deleted</extracomment>
        <translation>Pokretanja</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Pokretanje</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Koraci</translation>
    </message>
    <message>
        <source>Last loss</source>
        <translation>Poslednji gubitak</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Osveži</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>Otvori &amp;fasciklu</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Nastavi</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>O&amp;briši…</translation>
    </message>
    <message>
        <source>Refresh the list of runs</source>
        <translation>Osveži listu pokretanja</translation>
    </message>
    <message>
        <source>Open the selected run&apos;s folder</source>
        <translation>Otvori fasciklu izabranog pokretanja</translation>
    </message>
    <message>
        <source>Resume the selected run</source>
        <translation>Nastavi izabrano pokretanje</translation>
    </message>
    <message>
        <source>Delete the selected runs</source>
        <translation>Obriši izabrana pokretanja</translation>
    </message>
    <message>
        <source>Runs folder:</source>
        <translation>Fascikla pokretanja:</translation>
    </message>
    <message>
        <source>Runs folder</source>
        <translation>Fascikla pokretanja</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Gubitak</translation>
    </message>
    <message>
        <source>train</source>
        <translation>obuka</translation>
    </message>
    <message>
        <source>eval</source>
        <translation>validacija</translation>
    </message>
    <message>
        <source>Run in use</source>
        <translation>Pokretanje je u upotrebi</translation>
    </message>
    <message>
        <source>{0} is training now. Stop it first.</source>
        <translation>{0} se upravo trenira. Prvo ga zaustavite.</translation>
    </message>
    <message>
        <source>Delete runs</source>
        <translation>Obriši pokretanja</translation>
    </message>
    <message numerus="yes">
        <source>Runs to delete: %n. Everything in their folders goes with them: checkpoints, adapter, merged model and exports. This cannot be undone. Delete?</source>
        <translation>
            <numerusform>Pokretanja za brisanje: %n. Sve u njihovim fasciklama se briše: kontrolne tačke, adapter, spojeni model i izvozi. Ovo ne može da se poništi. Obrisati?</numerusform>
            <numerusform>Pokretanja za brisanje: %n. Sve u njihovim fasciklama se briše: kontrolne tačke, adapter, spojeni model i izvozi. Ovo ne može da se poništi. Obrisati?</numerusform>
            <numerusform>Pokretanja za brisanje: %n. Sve u njihovim fasciklama se briše: kontrolne tačke, adapter, spojeni model i izvozi. Ovo ne može da se poništi. Obrisati?</numerusform>
        </translation>
    </message>
    <message>
        <source>step</source>
        <translation>korak</translation>
    </message>
    <message>
        <source>Every run keeps its configuration, events and checkpoints in its own folder. Select a run to plot its loss, or several to compare them. A stopped run can be resumed.</source>
        <translation>Svako pokretanje čuva svoju konfiguraciju, događaje i kontrolne tačke u sopstvenoj fascikli. Izaberite pokretanje da prikažete grafik njegovog gubitka, ili više njih da ih uporedite. Zaustavljeno pokretanje može da se nastavi.</translation>
    </message>
</context>
<context>
    <name>TrainPage</name>
    <message>
        <source>Loss</source>
        <translation>Gubitak</translation>
    </message>
    <message>
        <source>train</source>
        <translation>obuka</translation>
    </message>
    <message>
        <source>eval</source>
        <translation>validacija</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Stopa učenja</translation>
    </message>
    <message>
        <source>lr</source>
        <translation>lr</translation>
    </message>
    <message>
        <source>Tokens per second</source>
        <translation>Tokena u sekundi</translation>
    </message>
    <message>
        <source>tokens/s</source>
        <translation>tokena/s</translation>
    </message>
    <message>
        <source>Gradient norm</source>
        <translation>Norma gradijenta</translation>
    </message>
    <message>
        <source>grad norm</source>
        <translation>norma grad.</translation>
    </message>
    <message>
        <source>Memory (GiB)</source>
        <translation>Memorija (GiB)</translation>
    </message>
    <message>
        <source>peak</source>
        <translation>vrh</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Obuka</translation>
    </message>
    <message>
        <source>Fine-tune with the settings of the previous steps and watch it learn. Stop keeps the last checkpoint; Resume continues the last run from it.</source>
        <translation>Fino podesite model podešavanjima iz prethodnih koraka i pratite kako uči. Zaustavi čuva poslednju kontrolnu tačku; Nastavi odatle nastavlja poslednje pokretanje.</translation>
    </message>
    <message>
        <source>Configuration:</source>
        <translation>Konfiguracija:</translation>
    </message>
    <message>
        <source>Run configuration file</source>
        <translation>Datoteka konfiguracije pokretanja</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Otvori…</translation>
    </message>
    <message>
        <source>Open a run configuration</source>
        <translation>Otvori konfiguraciju pokretanja</translation>
    </message>
    <message>
        <source>Open a run configuration (YAML)</source>
        <translation>Otvori konfiguraciju pokretanja (YAML)</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Pokreni</translation>
    </message>
    <message>
        <source>Start training</source>
        <translation>Pokreni obuku</translation>
    </message>
    <message>
        <source>Start a new run with this configuration</source>
        <translation>Pokreni novo pokretanje sa ovom konfiguracijom</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>Za&amp;ustavi</translation>
    </message>
    <message>
        <source>Stop training</source>
        <translation>Zaustavi obuku</translation>
    </message>
    <message>
        <source>Stop after the current step, keeping a checkpoint</source>
        <translation>Zaustavi posle trenutnog koraka i sačuvaj kontrolnu tačku</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Nastavi</translation>
    </message>
    <message>
        <source>Resume the last run</source>
        <translation>Nastavi poslednje pokretanje</translation>
    </message>
    <message>
        <source>Training progress</source>
        <translation>Napredak obuke</translation>
    </message>
    <message>
        <source>Training status</source>
        <translation>Status obuke</translation>
    </message>
    <message>
        <source>Training log</source>
        <translation>Dnevnik obuke</translation>
    </message>
    <message>
        <source>The run&apos;s log appears here.</source>
        <translation>Ovde se prikazuje dnevnik pokretanja.</translation>
    </message>
    <message>
        <source>starting…</source>
        <translation>pokrećem…</translation>
    </message>
    <message>
        <source>Continue {0} from its last checkpoint</source>
        <translation>Nastavi {0} od poslednje kontrolne tačke</translation>
    </message>
    <message>
        <source>No stopped run with a checkpoint to continue</source>
        <translation>Nema zaustavljenog pokretanja sa kontrolnom tačkom za nastavak</translation>
    </message>
    <message>
        <source>The configuration could not be loaded: {0}</source>
        <translation>Konfiguracija nije mogla da se učita: {0}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln step(s)</source>
        <translation>
            <numerusform>%Ln korak</numerusform>
            <numerusform>%Ln koraka</numerusform>
            <numerusform>%Ln koraka</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} epochs</source>
        <translation>{0} epoha</translation>
    </message>
    <message>
        <source>the bundled demo model</source>
        <translation>priloženom demo modelu</translation>
    </message>
    <message>
        <source>Ready: {0} on {1}, {2}.</source>
        <translation>Spremno: {0} na {1}, {2}.</translation>
    </message>
    <message>
        <source>Run configuration (*.yaml *.yml);;All files (*)</source>
        <translation>Konfiguracija pokretanja (*.yaml *.yml);;Sve datoteke (*)</translation>
    </message>
    <message>
        <source>no run configuration is loaded</source>
        <translation>nije učitana nijedna konfiguracija pokretanja</translation>
    </message>
    <message>
        <source>Stopping after the current step…</source>
        <translation>Zaustavljam posle trenutnog koraka…</translation>
    </message>
    <message>
        <source>Starting: loading the model and the data…</source>
        <translation>Pokrećem: učitavam model i podatke…</translation>
    </message>
    <message numerus="yes">
        <source>… %Ln line(s) not shown here (all are in the run&apos;s log.txt)</source>
        <translation>
            <numerusform>… %Ln red nije prikazan ovde (svi su u datoteci log.txt pokretanja)</numerusform>
            <numerusform>… %Ln reda nisu prikazana ovde (svi su u datoteci log.txt pokretanja)</numerusform>
            <numerusform>… %Ln redova nije prikazano ovde (svi su u datoteci log.txt pokretanja)</numerusform>
        </translation>
    </message>
    <message>
        <source>{0}step {1} of {2} · ETA {3}</source>
        <translation>{0}korak {1} od {2} · preostalo {3}</translation>
    </message>
    <message>
        <source>Training… loss {0}</source>
        <translation>Obuka u toku… gubitak {0}</translation>
    </message>
    <message>
        <source>Stopped at step {0}. Resume continues from the last checkpoint.</source>
        <translation>Zaustavljeno na koraku {0}. Nastavi nastavlja od poslednje kontrolne tačke.</translation>
    </message>
    <message>
        <source>Finished: {0} steps, loss {1} → {2}. Run folder: {3}</source>
        <translation>Završeno: {0} koraka, gubitak {1} → {2}. Fascikla pokretanja: {3}</translation>
    </message>
    <message>
        <source>The run failed: {0}</source>
        <translation>Pokretanje nije uspelo: {0}</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>Cannot continue</source>
        <translation>Nije moguće nastaviti</translation>
    </message>
    <message>
        <source>Where: {0}</source>
        <translation>Gde: {0}</translation>
    </message>
    <message>
        <source>What to do: {0}</source>
        <translation>Šta uraditi: {0}</translation>
    </message>
    <message>
        <source>Sorry, something went wrong inside Desktop FT. This is a bug, not something you did.</source>
        <translation>Izvinite, nešto je pošlo naopako u programu Desktop FT. Ovo je greška u programu, a ne nešto što ste vi uradili.</translation>
    </message>
    <message>
        <source>Internal error</source>
        <translation>Interna greška</translation>
    </message>
    <message>
        <source>(the terminal)</source>
        <translation>(terminal)</translation>
    </message>
    <message>
        <source>The details were saved to:
{0}
Please include that file when you report it. The app keeps running.</source>
        <translation>Detalji su sačuvani u:
{0}
Priložite tu datoteku kada prijavite grešku. Program nastavlja da radi.</translation>
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
        <translation>potpuno fino podešavanje</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>unknown setting &apos;{name}&apos;</source>
        <extracomment>UserError key -&gt; English template; {names} are the error&apos;s params.</extracomment>
        <translation>nepoznato podešavanje &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a valid {name}</source>
        <translation>&apos;{value}&apos; nije ispravna vrednost za {name}</translation>
    </message>
    <message>
        <source>missing field &apos;{field}&apos;</source>
        <translation>nedostaje polje &apos;{field}&apos;</translation>
    </message>
    <message>
        <source>unknown scenario &apos;{scenario}&apos;</source>
        <translation>nepoznat scenario &apos;{scenario}&apos;</translation>
    </message>
    <message>
        <source>unknown goal &apos;{goal}&apos;</source>
        <translation>nepoznat cilj &apos;{goal}&apos;</translation>
    </message>
    <message>
        <source>the ONNX builder does not support the {architecture} architecture</source>
        <translation>ONNX alat za izgradnju ne podržava arhitekturu {architecture}</translation>
    </message>
    <message>
        <source>configuration file not found</source>
        <extracomment>Messages and hints without parameters, translated by their English text.</extracomment>
        <translation>datoteka konfiguracije nije pronađena</translation>
    </message>
    <message>
        <source>the configuration file is not UTF-8 text</source>
        <translation>datoteka konfiguracije nije UTF-8 tekst</translation>
    </message>
    <message>
        <source>the configuration file is empty</source>
        <translation>datoteka konfiguracije je prazna</translation>
    </message>
    <message>
        <source>expected a mapping of settings</source>
        <translation>očekivano je mapiranje podešavanja</translation>
    </message>
    <message>
        <source>no model given</source>
        <translation>nije zadat model</translation>
    </message>
    <message>
        <source>no dataset given</source>
        <translation>nije zadat skup podataka</translation>
    </message>
    <message>
        <source>check the path, e.g. resources/examples/demo-lora.yaml</source>
        <translation>proverite putanju, npr. resources/examples/demo-lora.yaml</translation>
    </message>
    <message>
        <source>save it as UTF-8</source>
        <translation>sačuvajte je kao UTF-8</translation>
    </message>
    <message>
        <source>see resources/examples/demo-lora.yaml</source>
        <translation>pogledajte resources/examples/demo-lora.yaml</translation>
    </message>
    <message>
        <source>see resources/examples/demo-lora.yaml for the layout</source>
        <translation>raspored pogledajte u resources/examples/demo-lora.yaml</translation>
    </message>
    <message>
        <source>fix the indentation or quoting on that line</source>
        <translation>ispravite uvlačenje ili navodnike u tom redu</translation>
    </message>
    <message>
        <source>use &apos;demo&apos;, a catalog name, a hub id or a model folder</source>
        <translation>koristite &apos;demo&apos;, naziv iz kataloga, id sa hub-a ili fasciklu modela</translation>
    </message>
    <message>
        <source>set data.path to a JSONL, JSON or CSV file</source>
        <translation>postavite data.path na JSONL, JSON ili CSV datoteku</translation>
    </message>
    <message>
        <source>dataset file not found</source>
        <translation>datoteka skupa podataka nije pronađena</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation>datoteka nije UTF-8 tekst</translation>
    </message>
    <message>
        <source>the dataset is empty</source>
        <translation>skup podataka je prazan</translation>
    </message>
    <message>
        <source>the dataset has no examples</source>
        <translation>skup podataka nema primera</translation>
    </message>
    <message>
        <source>expected a file, found a folder</source>
        <translation>očekivana je datoteka, pronađena je fascikla</translation>
    </message>
    <message>
        <source>expected a JSON array of examples</source>
        <translation>očekivan je JSON niz primera</translation>
    </message>
    <message>
        <source>no usable training examples</source>
        <translation>nema upotrebljivih primera za obuku</translation>
    </message>
    <message>
        <source>the text is empty</source>
        <translation>tekst je prazan</translation>
    </message>
    <message>
        <source>the label is empty</source>
        <translation>oznaka je prazna</translation>
    </message>
    <message>
        <source>the sentence has no tokens</source>
        <translation>rečenica nema tokena</translation>
    </message>
    <message>
        <source>the question has no answer</source>
        <translation>pitanje nema odgovor</translation>
    </message>
    <message>
        <source>expected a list of strings</source>
        <translation>očekivana je lista niski</translation>
    </message>
    <message>
        <source>expected an object with &apos;role&apos; and &apos;content&apos;</source>
        <translation>očekivan je objekat sa &apos;role&apos; i &apos;content&apos;</translation>
    </message>
    <message>
        <source>the conversation has no user or assistant turn</source>
        <translation>razgovor nema nijedan red korisnika ili asistenta</translation>
    </message>
    <message>
        <source>a system message may only come first</source>
        <translation>sistemska poruka može biti samo prva</translation>
    </message>
    <message>
        <source>the conversation must start with a user turn</source>
        <translation>razgovor mora da počne redom korisnika</translation>
    </message>
    <message>
        <source>the conversation has no assistant answer to learn from</source>
        <translation>razgovor nema odgovor asistenta iz kog bi model učio</translation>
    </message>
    <message>
        <source>nothing to train: no configuration given</source>
        <translation>nema šta da se trenira: nije zadata konfiguracija</translation>
    </message>
    <message>
        <source>the run has no complete checkpoint to resume from</source>
        <translation>pokretanje nema potpunu kontrolnu tačku od koje bi se nastavilo</translation>
    </message>
    <message>
        <source>there is nothing left to lower in this run&apos;s settings</source>
        <translation>u podešavanjima ovog pokretanja više nema šta da se smanji</translation>
    </message>
    <message>
        <source>no such model on the Hugging Face Hub</source>
        <translation>takav model ne postoji na Hugging Face Hub-u</translation>
    </message>
    <message>
        <source>this model is gated: its licence must be accepted first</source>
        <translation>ovaj model je zaštićen: prvo morate prihvatiti njegovu licencu</translation>
    </message>
    <message>
        <source>cannot reach the Hugging Face Hub (offline)</source>
        <translation>Hugging Face Hub nije dostupan (van mreže)</translation>
    </message>
    <message>
        <source>the prompt is empty</source>
        <translation>upit je prazan</translation>
    </message>
    <message>
        <source>type a question</source>
        <translation>upišite pitanje</translation>
    </message>
    <message>
        <source>shorten the prompt</source>
        <translation>skratite upit</translation>
    </message>
    <message>
        <source>no adapter to export</source>
        <translation>nema adaptera za izvoz</translation>
    </message>
    <message>
        <source>folder not found</source>
        <translation>fascikla nije pronađena</translation>
    </message>
    <message>
        <source>model folder not found</source>
        <translation>fascikla modela nije pronađena</translation>
    </message>
    <message>
        <source>not a folder</source>
        <translation>nije fascikla</translation>
    </message>
    <message>
        <source>file missing</source>
        <translation>datoteka nedostaje</translation>
    </message>
    <message>
        <source>this is a LoRA adapter, not a full model</source>
        <translation>ovo je LoRA adapter, a ne ceo model</translation>
    </message>
    <message>
        <source>not a PEFT adapter folder (no adapter_config.json)</source>
        <translation>nije fascikla PEFT adaptera (nema adapter_config.json)</translation>
    </message>
    <message>
        <source>the run&apos;s base model folder is not on this machine</source>
        <translation>fascikla osnovnog modela ovog pokretanja nije na ovom računaru</translation>
    </message>
    <message>
        <source>not a model folder: config.json is missing</source>
        <translation>nije fascikla modela: nedostaje config.json</translation>
    </message>
    <message>
        <source>no model weights (*.safetensors or pytorch_model.bin)</source>
        <translation>nema težina modela (*.safetensors ili pytorch_model.bin)</translation>
    </message>
    <message>
        <source>no tokenizer (tokenizer.json or tokenizer.model)</source>
        <translation>nema tokenizatora (tokenizer.json ili tokenizer.model)</translation>
    </message>
    <message>
        <source>the output path is a file</source>
        <translation>izlazna putanja je datoteka</translation>
    </message>
    <message>
        <source>this folder is already an ONNX export</source>
        <translation>ova fascikla je već ONNX izvoz</translation>
    </message>
    <message>
        <source>the ONNX builder does not support this model</source>
        <translation>ONNX alat za izgradnju ne podržava ovaj model</translation>
    </message>
    <message>
        <source>onnxruntime-genai (with its model builder) is not installed</source>
        <translation>onnxruntime-genai (sa alatom za izgradnju modela) nije instaliran</translation>
    </message>
    <message>
        <source>the output folder exists and is not an export of ours; not replacing it</source>
        <translation>izlazna fascikla postoji i nije naš izvoz; neće biti zamenjena</translation>
    </message>
    <message>
        <source>gradient checkpointing and batch 1 were already tried for every technique</source>
        <translation>gradient checkpointing i paket 1 su već isprobani za svaku tehniku</translation>
    </message>
    <message>
        <source>hosted fine-tuning: the cookbook&apos;s model-as-a-service (serverless fine-tuning in Azure AI Foundry) trains Phi models without your own GPU</source>
        <translation>fino podešavanje u usluzi: model kao usluga iz cookbook-a (serverless fino podešavanje u Azure AI Foundry) trenira Phi modele bez vašeg GPU-a</translation>
    </message>
    <message>
        <source>hosted fine-tuning on a cloud GPU (e.g. Azure Machine Learning) runs the same plan on a bigger device</source>
        <translation>fino podešavanje na GPU u oblaku (npr. Azure Machine Learning) pokreće isti plan na većem uređaju</translation>
    </message>
    <message>
        <source>no GPU: every plan runs on the CPU; the times shown are estimates for this CPU (measured matmul speed)</source>
        <translation>nema GPU-a: svi planovi se izvršavaju na CPU; prikazana vremena su procene za ovaj procesor (izmerena brzina množenja matrica)</translation>
    </message>
    <message>
        <source>no GPU: every plan runs on the CPU; the times shown are estimates for this CPU (assumed speed)</source>
        <translation>nema GPU-a: svi planovi se izvršavaju na CPU; prikazana vremena su procene za ovaj procesor (pretpostavljena brzina)</translation>
    </message>
    <message>
        <source>fits</source>
        <translation>staje</translation>
    </message>
    <message>
        <source>tight</source>
        <translation>tesno</translation>
    </message>
    <message>
        <source>does-not-fit</source>
        <translation>ne staje</translation>
    </message>
    <message>
        <source>weights</source>
        <translation>težine</translation>
    </message>
    <message>
        <source>adapter</source>
        <translation>adapter</translation>
    </message>
    <message>
        <source>gradients</source>
        <translation>gradijenti</translation>
    </message>
    <message>
        <source>optimizer</source>
        <translation>optimizator</translation>
    </message>
    <message>
        <source>activations</source>
        <translation>aktivacije</translation>
    </message>
    <message>
        <source>logits</source>
        <translation>logiti</translation>
    </message>
    <message>
        <source>overhead</source>
        <translation>dodatni troškovi</translation>
    </message>
    <message>
        <source>this CPU</source>
        <translation>ovom procesoru</translation>
    </message>
    <message>
        <source>measured CPU matmul speed</source>
        <translation>izmerena brzina množenja matrica na CPU</translation>
    </message>
    <message>
        <source>assumed CPU speed (the profile has no measurement)</source>
        <translation>pretpostavljena brzina CPU (profil nema merenje)</translation>
    </message>
    <message>
        <source>catalogued GPU throughput</source>
        <translation>propusna moć GPU-a iz kataloga</translation>
    </message>
    <message>
        <source>assumed GPU throughput</source>
        <translation>pretpostavljena propusna moć GPU-a</translation>
    </message>
    <message>
        <source>calibrated on this device</source>
        <translation>kalibrisano na ovom uređaju</translation>
    </message>
    <message>
        <source>full fine-tuning</source>
        <translation>potpuno fino podešavanje</translation>
    </message>
    <message>
        <source>QLoRA 4-bit</source>
        <translation>QLoRA 4-bitna</translation>
    </message>
    <message>
        <source>LoRA on 8-bit weights</source>
        <translation>LoRA na 8-bitnim težinama</translation>
    </message>
    <message>
        <source>prompt tuning</source>
        <translation>podešavanje upita</translation>
    </message>
    <message>
        <source>prefix tuning</source>
        <translation>podešavanje prefiksa</translation>
    </message>
    <message>
        <source>put the text in quotes</source>
        <translation>stavite tekst pod navodnike</translation>
    </message>
    <message>
        <source>each line must be one JSON object</source>
        <translation>svaki red mora biti jedan JSON objekat</translation>
    </message>
    <message>
        <source>fix the JSON syntax</source>
        <translation>ispravite JSON sintaksu</translation>
    </message>
    <message>
        <source>this looks like JSON Lines (one object per line): save it as .jsonl</source>
        <translation>ovo izgleda kao JSON Lines (jedan objekat po redu): sačuvajte je kao .jsonl</translation>
    </message>
    <message>
        <source>this looks like a JSON array: save it with the .json extension</source>
        <translation>ovo izgleda kao JSON niz: sačuvajte je sa ekstenzijom .json</translation>
    </message>
    <message>
        <source>wrap the examples in [ ... ] or use JSON Lines</source>
        <translation>obuhvatite primere sa [ ... ] ili koristite JSON Lines</translation>
    </message>
    <message>
        <source>add a message with role &apos;assistant&apos;</source>
        <translation>dodajte poruku sa ulogom &apos;assistant&apos;</translation>
    </message>
    <message>
        <source>add a user question and the assistant&apos;s answer</source>
        <translation>dodajte pitanje korisnika i odgovor asistenta</translation>
    </message>
    <message>
        <source>add at least a few examples</source>
        <translation>dodajte bar nekoliko primera</translation>
    </message>
    <message>
        <source>add at least a few examples, one per line</source>
        <translation>dodajte bar nekoliko primera, jedan po redu</translation>
    </message>
    <message>
        <source>add examples or lower train.batch_size</source>
        <translation>dodajte primere ili smanjite train.batch_size</translation>
    </message>
    <message>
        <source>check data.max_length and the dataset&apos;s answers</source>
        <translation>proverite data.max_length i odgovore u skupu podataka</translation>
    </message>
    <message>
        <source>check data.path (relative paths are relative to the config file)</source>
        <translation>proverite data.path (relativne putanje su u odnosu na datoteku konfiguracije)</translation>
    </message>
    <message>
        <source>fill it in or remove the example</source>
        <translation>popunite ga ili uklonite primer</translation>
    </message>
    <message>
        <source>give at least one answer</source>
        <translation>navedite bar jedan odgovor</translation>
    </message>
    <message>
        <source>give every example a label</source>
        <translation>dajte svakom primeru oznaku</translation>
    </message>
    <message>
        <source>move it to the start, or make it a user turn</source>
        <translation>premestite je na početak ili je pretvorite u red korisnika</translation>
    </message>
    <message>
        <source>put the user&apos;s question before the assistant&apos;s answer</source>
        <translation>stavite pitanje korisnika pre odgovora asistenta</translation>
    </message>
    <message>
        <source>remove the example or fill in its words</source>
        <translation>uklonite primer ili dopunite njegove reči</translation>
    </message>
    <message>
        <source>save the file as UTF-8 (in Notepad: Save as, Encoding: UTF-8)</source>
        <translation>sačuvajte datoteku kao UTF-8 (u Notepadu: Save as, Encoding: UTF-8)</translation>
    </message>
    <message>
        <source>save the file as UTF-8 (most editors offer it under &apos;Save as&apos;)</source>
        <translation>sačuvajte datoteku kao UTF-8 (većina editora to nudi pod &apos;Sačuvaj kao&apos;)</translation>
    </message>
    <message>
        <source>user and assistant turns must alternate</source>
        <translation>redovi korisnika i asistenta moraju da se smenjuju</translation>
    </message>
    <message>
        <source>use &apos;human&apos; and &apos;gpt&apos; (or &apos;system&apos;)</source>
        <translation>koristite &apos;human&apos; i &apos;gpt&apos; (ili &apos;system&apos;)</translation>
    </message>
    <message>
        <source>give exactly one tag per token</source>
        <translation>navedite tačno jednu oznaku po tokenu</translation>
    </message>
    <message>
        <source>quote cells that contain commas or line breaks</source>
        <translation>stavite pod navodnike ćelije koje sadrže zareze ili prelome redova</translation>
    </message>
    <message>
        <source>use O, B-TYPE (first word of an entity) or I-TYPE (the words after it)</source>
        <translation>koristite O, B-TIP (prva reč entiteta) ili I-TIP (reči posle nje)</translation>
    </message>
    <message>
        <source>write the class name, e.g. &quot;positive&quot;</source>
        <translation>upišite naziv klase, npr. &quot;positive&quot;</translation>
    </message>
    <message>
        <source>each line must be an object such as {&quot;messages&quot;: [...]}</source>
        <translation>svaki red mora biti objekat, na primer {&quot;messages&quot;: [...]}</translation>
    </message>
    <message>
        <source>16-bit training on a CPU without bf16 instructions is very slow; use fp32</source>
        <translation>16-bitna obuka na CPU bez bf16 instrukcija je veoma spora; koristite fp32</translation>
    </message>
    <message>
        <source>on</source>
        <translation>uključen</translation>
    </message>
    <message>
        <source>off</source>
        <translation>isključen</translation>
    </message>
    <message>
        <source>{method} in {dtype} needs {peak}; this machine&apos;s RAM has {capacity} usable ({verdict})</source>
        <extracomment>Sentences core builds with values in them, matched by their English shape ({name}: a value).</extracomment>
        <translation>{method} u {dtype} zahteva {peak}; RAM ovog računara ima upotrebljivo {capacity} ({verdict})</translation>
    </message>
    <message>
        <source>{method} in {dtype} needs {peak}; the GPU has {capacity} usable ({verdict})</source>
        <translation>{method} u {dtype} zahteva {peak}; GPU ima upotrebljivo {capacity} ({verdict})</translation>
    </message>
    <message>
        <source>{method} in {dtype} with {distributed} needs {peak}; the GPU has {capacity} usable ({verdict})</source>
        <translation>{method} u {dtype} sa {distributed} zahteva {peak}; GPU ima upotrebljivo {capacity} ({verdict})</translation>
    </message>
    <message>
        <source>{method} in {dtype} needs {peak} per GPU; each GPU has {capacity} usable ({verdict})</source>
        <translation>{method} u {dtype} zahteva {peak} po GPU-u; svaki GPU ima upotrebljivo {capacity} ({verdict})</translation>
    </message>
    <message>
        <source>{method} in {dtype} with {distributed} needs {peak} per GPU; each GPU has {capacity} usable ({verdict})</source>
        <translation>{method} u {dtype} sa {distributed} zahteva {peak} po GPU-u; svaki GPU ima upotrebljivo {capacity} ({verdict})</translation>
    </message>
    <message>
        <source>trains {trainable} of {total} parameters ({share})</source>
        <translation>trenira {trainable} od {total} parametara ({share})</translation>
    </message>
    <message>
        <source>largest memory term: {term} ({size})</source>
        <translation>najveća stavka memorije: {term} ({size})</translation>
    </message>
    <message>
        <source>cookbook matrix: {techniques} - &apos;{row}&apos;: yes</source>
        <translation>matrica iz cookbook-a: {techniques} – &apos;{row}&apos;: da</translation>
    </message>
    <message>
        <source>cookbook matrix: {techniques} is not marked for &apos;{row}&apos;</source>
        <translation>matrica iz cookbook-a: {techniques} nije označeno za &apos;{row}&apos;</translation>
    </message>
    <message>
        <source>cookbook matrix: {techniques} is not marked for &apos;{row}&apos;; by this estimate it needs {peak} against {full} for full fine-tuning</source>
        <translation>matrica iz cookbook-a: {techniques} nije označeno za &apos;{row}&apos;; prema ovoj proceni zahteva {peak} naspram {full} za potpuno fino podešavanje</translation>
    </message>
    <message>
        <source>time: about {duration} per epoch of {examples} examples x {seq} tokens on {where} ({rate}, {source})</source>
        <translation>vreme: oko {duration} po epohi od {examples} primera × {seq} tokena na {where} ({rate}, {source})</translation>
    </message>
    <message>
        <source>shorter sequences: at {seq} tokens, {method} fits ({peak})</source>
        <translation>kraće sekvence: na {seq} tokena {method} staje ({peak})</translation>
    </message>
    <message>
        <source>a smaller model: {model} ({size}) fits with {method} ({peak})</source>
        <translation>manji model: {model} ({size}) staje uz {method} ({peak})</translation>
    </message>
    <message>
        <source>more GPUs: with {gpus} GPUs like this one, LoRA with ZeRO-3 sharding fits ({peak} per GPU)</source>
        <translation>više GPU-ova: sa {gpus} GPU-a poput ovog, LoRA sa ZeRO-3 deljenjem staje ({peak} po GPU-u)</translation>
    </message>
    <message>
        <source>goal &apos;data-parallel&apos; needs two or more GPUs; this machine has {gpus}</source>
        <translation>cilj &apos;data-parallel&apos; zahteva dva ili više GPU-ova; ovaj računar ima {gpus}</translation>
    </message>
    <message>
        <source>{summary}; {method} needs {peak}</source>
        <translation>{summary}; {method} zahteva {peak}</translation>
    </message>
    <message>
        <source>{distributed} with one GPU shards nothing</source>
        <translation>{distributed} sa jednim GPU-om ništa ne deli</translation>
    </message>
    <message>
        <source>the plan uses {gpus} GPUs; the profile has {found}</source>
        <translation>plan koristi {gpus} GPU-a; profil ima {found}</translation>
    </message>
    <message>
        <source>{method} needs bitsandbytes on a CUDA, ROCm or XPU GPU; it is not available on this device</source>
        <translation>{method} zahteva bitsandbytes na CUDA, ROCm ili XPU GPU-u; nije dostupno na ovom uređaju</translation>
    </message>
    <message>
        <source>offload needs {size} of CPU memory; the machine has {memory}</source>
        <translation>prebacivanje zahteva {size} memorije CPU-a; računar ima {memory}</translation>
    </message>
    <message>
        <source>sequence length {seq} is beyond the model&apos;s context ({context})</source>
        <translation>dužina sekvence {seq} prelazi kontekst modela ({context})</translation>
    </message>
    <message>
        <source>{epochs} epochs take about {duration}</source>
        <translation>{epochs} epoha traje oko {duration}</translation>
    </message>
    <message>
        <source>{place}: field &apos;{field}&apos;</source>
        <translation>{place}: polje &apos;{field}&apos;</translation>
    </message>
    <message>
        <source>missing setting &apos;{name}&apos;</source>
        <translation>nedostaje podešavanje &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>expected {expected}, got {value}</source>
        <translation>očekivano {expected}, dobijeno {value}</translation>
    </message>
    <message>
        <source>{name} = {value} is out of range: it must be {rule}</source>
        <translation>{name} = {value} je van opsega: mora biti {rule}</translation>
    </message>
    <message>
        <source>set {name} to a value {rule}</source>
        <translation>postavite {name} na vrednost {rule}</translation>
    </message>
    <message>
        <source>did you mean &apos;{name}&apos;?</source>
        <translation>da li ste mislili &apos;{name}&apos;?</translation>
    </message>
    <message>
        <source>did you mean &apos;{name}&apos;? map it with data.columns</source>
        <translation>da li ste mislili &apos;{name}&apos;? mapirajte ga pomoću data.columns</translation>
    </message>
    <message>
        <source>choose one of: {choices}</source>
        <translation>izaberite jedno od: {choices}</translation>
    </message>
    <message>
        <source>use one of: {choices}</source>
        <translation>koristite jedno od: {choices}</translation>
    </message>
    <message>
        <source>write {example}</source>
        <translation>napišite {example}</translation>
    </message>
    <message>
        <source>the same example as line {line}</source>
        <translation>isti primer kao u redu {line}</translation>
    </message>
    <message>
        <source>invalid YAML: {problem}</source>
        <translation>neispravan YAML: {problem}</translation>
    </message>
    <message>
        <source>invalid JSON ({problem})</source>
        <translation>neispravan JSON ({problem})</translation>
    </message>
    <message>
        <source>invalid CSV ({problem})</source>
        <translation>neispravan CSV ({problem})</translation>
    </message>
    <message>
        <source>expected a JSON object, found {found}</source>
        <translation>očekivan je JSON objekat, pronađeno {found}</translation>
    </message>
    <message>
        <source>expected an object, found {found}</source>
        <translation>očekivan je objekat, pronađeno {found}</translation>
    </message>
    <message>
        <source>expected text, found {found}</source>
        <translation>očekivan je tekst, pronađeno {found}</translation>
    </message>
    <message>
        <source>expected a list of messages, found {found}</source>
        <translation>očekivana je lista poruka, pronađeno {found}</translation>
    </message>
    <message>
        <source>row has {cells} columns, the header has {header}</source>
        <translation>red ima {cells} kolona, zaglavlje ima {header}</translation>
    </message>
    <message>
        <source>unsupported file type &apos;{suffix}&apos;</source>
        <translation>nepodržan tip datoteke &apos;{suffix}&apos;</translation>
    </message>
    <message>
        <source>use one of {suffixes}</source>
        <translation>koristite jedan od {suffixes}</translation>
    </message>
    <message>
        <source>cannot tell the dataset format from the fields {fields}</source>
        <translation>iz polja {fields} ne može da se odredi format skupa podataka</translation>
    </message>
    <message>
        <source>two &apos;{role}&apos; turns in a row</source>
        <translation>dva reda &apos;{role}&apos; zaredom</translation>
    </message>
    <message>
        <source>unknown role {role}</source>
        <translation>nepoznata uloga {role}</translation>
    </message>
    <message>
        <source>unknown speaker {speaker}</source>
        <translation>nepoznat govornik {speaker}</translation>
    </message>
    <message>
        <source>&apos;{tag}&apos; is not a BIO tag</source>
        <translation>&apos;{tag}&apos; nije BIO oznaka</translation>
    </message>
    <message>
        <source>{tokens} tokens but {tags} tags</source>
        <translation>{tokens} tokena, ali {tags} oznaka</translation>
    </message>
    <message>
        <source>expected two languages, found {languages}</source>
        <translation>očekivana su dva jezika, pronađeno {languages}</translation>
    </message>
    <message>
        <source>expected a label (text or a whole number), found {value}</source>
        <translation>očekivana je oznaka (tekst ili ceo broj), pronađeno {value}</translation>
    </message>
    <message>
        <source>unknown model &apos;{name}&apos;</source>
        <translation>nepoznat model &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>the run has no trained adapter yet (status: {status})</source>
        <translation>pokretanje još nema istrenirani adapter (status: {status})</translation>
    </message>
    <message>
        <source>the prompt is {tokens} tokens; the model takes {context}</source>
        <translation>upit ima {tokens} tokena; model prima {context}</translation>
    </message>
    <message>
        <source>unknown precision &apos;{precision}&apos;</source>
        <translation>nepoznata preciznost &apos;{precision}&apos;</translation>
    </message>
    <message>
        <source>unknown target &apos;{target}&apos;</source>
        <translation>nepoznat cilj &apos;{target}&apos;</translation>
    </message>
    <message>
        <source>{precision} is not supported for the {target} target</source>
        <translation>{precision} nije podržano za cilj {target}</translation>
    </message>
    <message>
        <source>settings: {list}</source>
        <translation>podešavanja: {list}</translation>
    </message>
    <message>
        <source>batch {batch}</source>
        <translation>paket {batch}</translation>
    </message>
    <message>
        <source>batch {batch} x {steps} accumulation</source>
        <translation>paket {batch} × {steps} akumulacije</translation>
    </message>
    <message>
        <source>sequence {seq}</source>
        <translation>sekvenca {seq}</translation>
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
        <translation>{distributed} na {gpus} GPU-a</translation>
    </message>
    <message>
        <source>{distributed} on {gpus} GPUs with CPU offload</source>
        <translation>{distributed} na {gpus} GPU-a sa prebacivanjem na CPU</translation>
    </message>
</context>
</TS>
