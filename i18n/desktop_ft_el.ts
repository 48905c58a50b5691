<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="el">
<context>
    <name>ChatPanel</name>
    <message>
        <source>The answer appears here as it is written.</source>
        <translation>Η απάντηση εμφανίζεται εδώ καθώς γράφεται.</translation>
    </message>
    <message>
        <source>About this answer</source>
        <translation>Σχετικά με αυτή την απάντηση</translation>
    </message>
    <message>
        <source>What to do: {0}</source>
        <translation>Τι να κάνετε: {0}</translation>
    </message>
    <message>
        <source>Loading the model…</source>
        <translation>Φόρτωση του μοντέλου…</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Γράφει…</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Διακόπηκε.</translation>
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
        <translation>σταμάτησε στο token τέλους</translation>
    </message>
    <message>
        <source>hit the token limit</source>
        <translation>έφτασε το όριο tokens</translation>
    </message>
    <message>
        <source>{0} · {1} tokens · {2} tokens/s · {3}</source>
        <translation>{0} · {1} tokens · {2} tokens/s · {3}</translation>
    </message>
    <message>
        <source>No answer: {0}</source>
        <translation>Καμία απάντηση: {0}</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Command line:</source>
        <translation>Γραμμή εντολών:</translation>
    </message>
    <message>
        <source>Equivalent command line</source>
        <translation>Ισοδύναμη εντολή</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Αντιγραφή</translation>
    </message>
    <message>
        <source>Copy the command line</source>
        <translation>Αντιγραφή της εντολής</translation>
    </message>
</context>
<context>
    <name>DataPage</name>
    <message>
        <source>Data</source>
        <translation>Δεδομένα</translation>
    </message>
    <message>
        <source>The examples the model learns from. Each one is shown as the model will see it, rendered with its chat template; the highlighted part is what it learns to answer. Problems name the line and field to fix.</source>
        <translation>Τα παραδείγματα από τα οποία μαθαίνει το μοντέλο. Το καθένα εμφανίζεται όπως θα το δει το μοντέλο, αποδοσμένο με το πρότυπο συνομιλίας του· το επισημασμένο τμήμα είναι αυτό που μαθαίνει να απαντά. Τα προβλήματα δείχνουν τη γραμμή και το πεδίο που πρέπει να διορθωθούν.</translation>
    </message>
    <message>
        <source>Dataset file:</source>
        <translation>Αρχείο συνόλου δεδομένων:</translation>
    </message>
    <message>
        <source>Dataset file</source>
        <translation>Αρχείο συνόλου δεδομένων</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Άνοι&amp;γμα…</translation>
    </message>
    <message>
        <source>Open a dataset file</source>
        <translation>Άνοιγμα αρχείου συνόλου δεδομένων</translation>
    </message>
    <message>
        <source>&amp;Check again</source>
        <translation>&amp;Νέος έλεγχος</translation>
    </message>
    <message>
        <source>Check the dataset again</source>
        <translation>Νέος έλεγχος του συνόλου δεδομένων</translation>
    </message>
    <message>
        <source>Dataset format</source>
        <translation>Μορφή συνόλου δεδομένων</translation>
    </message>
    <message>
        <source>How the rows are read. Automatic looks at the fields of the first row.</source>
        <translation>Πώς διαβάζονται οι γραμμές. Η αυτόματη επιλογή εξετάζει τα πεδία της πρώτης γραμμής.</translation>
    </message>
    <message>
        <source>Detected format</source>
        <translation>Μορφή που εντοπίστηκε</translation>
    </message>
    <message>
        <source>Maximum length in tokens</source>
        <translation>Μέγιστο μήκος σε tokens</translation>
    </message>
    <message>
        <source>Longer examples are cut to this many tokens.</source>
        <translation>Τα μεγαλύτερα παραδείγματα περικόπτονται σε τόσα tokens.</translation>
    </message>
    <message>
        <source>the answers only</source>
        <translation>μόνο απαντήσεις</translation>
    </message>
    <message>
        <source>every token</source>
        <translation>κάθε token</translation>
    </message>
    <message>
        <source>Tokens the model learns from</source>
        <translation>Tokens από τα οποία μαθαίνει το μοντέλο</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Μορφή:</translation>
    </message>
    <message>
        <source>Detected:</source>
        <translation>Εντοπίστηκε:</translation>
    </message>
    <message>
        <source>Maximum length:</source>
        <translation>Μέγιστο μήκος:</translation>
    </message>
    <message>
        <source>Learn from:</source>
        <translation>Μάθηση από:</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Πεδίο</translation>
    </message>
    <message>
        <source>Which column of your file holds each field the format needs.</source>
        <translation>Ποια στήλη του αρχείου σας περιέχει κάθε πεδίο που χρειάζεται η μορφή.</translation>
    </message>
    <message>
        <source>Check status</source>
        <translation>Κατάσταση ελέγχου</translation>
    </message>
    <message>
        <source>What the model sees</source>
        <translation>Τι βλέπει το μοντέλο</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Αναφορά</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Προβλήματα</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Γραμμή</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Στήλες:</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Rendered with the chat template</source>
        <translation>Αποδοσμένο με το πρότυπο συνομιλίας</translation>
    </message>
    <message>
        <source>Examples as the model sees them</source>
        <translation>Παραδείγματα όπως τα βλέπει το μοντέλο</translation>
    </message>
    <message>
        <source>Selected example</source>
        <translation>Επιλεγμένο παράδειγμα</translation>
    </message>
    <message>
        <source>Select an example to see it in full.</source>
        <translation>Επιλέξτε ένα παράδειγμα για να το δείτε ολόκληρο.</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;background-color:{0}; color:{1}&quot;&gt;&amp;nbsp;highlighted&amp;nbsp;&lt;/span&gt;: the tokens the model learns to write.</source>
        <translation>&lt;span style=&quot;background-color:{0}; color:{1}&quot;&gt;&amp;nbsp;επισημασμένα&amp;nbsp;&lt;/span&gt;: τα tokens που μαθαίνει να γράφει το μοντέλο.</translation>
    </message>
    <message>
        <source>Rows read:</source>
        <translation>Γραμμές που διαβάστηκαν:</translation>
    </message>
    <message>
        <source>Rows with problems:</source>
        <translation>Γραμμές με προβλήματα:</translation>
    </message>
    <message>
        <source>Duplicates:</source>
        <translation>Διπλότυπα:</translation>
    </message>
    <message>
        <source>Examples trained:</source>
        <translation>Παραδείγματα εκπαίδευσης:</translation>
    </message>
    <message>
        <source>Skipped (no answer left):</source>
        <translation>Παραλείφθηκαν (δεν έμεινε απάντηση):</translation>
    </message>
    <message>
        <source>Cut at the maximum length:</source>
        <translation>Περικόπηκαν στο μέγιστο μήκος:</translation>
    </message>
    <message>
        <source>Tokens per example:</source>
        <translation>Tokens ανά παράδειγμα:</translation>
    </message>
    <message>
        <source>Trained tokens:</source>
        <translation>Tokens εκπαίδευσης:</translation>
    </message>
    <message>
        <source>Token lengths</source>
        <translation>Μήκη σε tokens</translation>
    </message>
    <message>
        <source>tokens per example</source>
        <translation>tokens ανά παράδειγμα</translation>
    </message>
    <message>
        <source>examples</source>
        <translation>παραδείγματα</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Πού</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Πρόβλημα</translation>
    </message>
    <message>
        <source>Problems in the dataset</source>
        <translation>Προβλήματα στο σύνολο δεδομένων</translation>
    </message>
    <message>
        <source>Selected problem</source>
        <translation>Επιλεγμένο πρόβλημα</translation>
    </message>
    <message>
        <source>Click a problem to see the row and what to do.</source>
        <translation>Κάντε κλικ σε ένα πρόβλημα για να δείτε τη γραμμή και τι να κάνετε.</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>αυτόματα</translation>
    </message>
    <message>
        <source>chat (messages)</source>
        <translation>συνομιλία (μηνύματα)</translation>
    </message>
    <message>
        <source>ShareGPT (conversations)</source>
        <translation>ShareGPT (συνομιλίες)</translation>
    </message>
    <message>
        <source>instruction (Alpaca)</source>
        <translation>οδηγία (Alpaca)</translation>
    </message>
    <message>
        <source>prompt and response</source>
        <translation>ερώτημα και απόκριση</translation>
    </message>
    <message>
        <source>raw text</source>
        <translation>απλό κείμενο</translation>
    </message>
    <message>
        <source>classification</source>
        <translation>ταξινόμηση</translation>
    </message>
    <message>
        <source>named entities</source>
        <translation>ονομαστικές οντότητες</translation>
    </message>
    <message>
        <source>translation</source>
        <translation>μετάφραση</translation>
    </message>
    <message>
        <source>questions and answers</source>
        <translation>ερωτήσεις και απαντήσεις</translation>
    </message>
    <message>
        <source>Checking {0}…</source>
        <translation>Έλεγχος του {0}…</translation>
    </message>
    <message>
        <source>Open a dataset</source>
        <translation>Άνοιγμα συνόλου δεδομένων</translation>
    </message>
    <message>
        <source>Datasets (*.jsonl *.json *.csv *.parquet);;All files (*)</source>
        <translation>Σύνολα δεδομένων (*.jsonl *.json *.csv *.parquet);;Όλα τα αρχεία (*)</translation>
    </message>
    <message>
        <source>The check failed: {0}</source>
        <translation>Ο έλεγχος απέτυχε: {0}</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>άγνωστο</translation>
    </message>
    <message>
        <source>The file cannot be read. See Problems.</source>
        <translation>Το αρχείο δεν μπορεί να διαβαστεί. Δείτε Προβλήματα.</translation>
    </message>
    <message>
        <source>The format is unknown. Choose it above, then map the columns.</source>
        <translation>Η μορφή είναι άγνωστη. Επιλέξτε την παραπάνω και μετά αντιστοιχίστε τις στήλες.</translation>
    </message>
    <message numerus="yes">
        <source>Rows with problems: %n. Training stops at the first one, so fix them first (see Problems).</source>
        <translation>
            <numerusform>Γραμμές με προβλήματα: %n. Η εκπαίδευση σταματά στο πρώτο, οπότε διορθώστε τα πρώτα (δείτε Προβλήματα).</numerusform>
            <numerusform>Γραμμές με προβλήματα: %n. Η εκπαίδευση σταματά στο πρώτο, οπότε διορθώστε τα πρώτα (δείτε Προβλήματα).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rows read: %n. No problems found.</source>
        <translation>
            <numerusform>Γραμμές που διαβάστηκαν: %n. Δεν βρέθηκαν προβλήματα.</numerusform>
            <numerusform>Γραμμές που διαβάστηκαν: %n. Δεν βρέθηκαν προβλήματα.</numerusform>
        </translation>
    </message>
    <message>
        <source>No token statistics: {0}</source>
        <translation>Δεν υπάρχουν στατιστικά tokens: {0}</translation>
    </message>
    <message numerus="yes">
        <source>Problems (%n)</source>
        <translation>
            <numerusform>Προβλήματα (%n)</numerusform>
            <numerusform>Προβλήματα (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Column for {0}</source>
        <translation>Στήλη για {0}</translation>
    </message>
    <message>
        <source>The column of your file that holds {0}</source>
        <translation>Η στήλη του αρχείου σας που περιέχει {0}</translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation>(λείπει)</translation>
    </message>
    <message>
        <source>(none needed)</source>
        <translation>(δεν χρειάζεται)</translation>
    </message>
    <message>
        <source>{0} (longer than {1} tokens)</source>
        <translation>{0} (μεγαλύτερο από {1} tokens)</translation>
    </message>
    <message>
        <source>min {0}, median {1}, 95% {2}, max {3}</source>
        <translation>ελάχ. {0}, διάμεσος {1}, 95% {2}, μέγ. {3}</translation>
    </message>
    <message>
        <source>max length</source>
        <translation>μέγιστο μήκος</translation>
    </message>
    <message>
        <source>Longer than the maximum length: it will be cut.</source>
        <translation>Μεγαλύτερο από το μέγιστο μήκος: θα περικοπεί.</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>διπλότυπο</translation>
    </message>
    <message>
        <source>What to do: {0}</source>
        <translation>Τι να κάνετε: {0}</translation>
    </message>
    <message>
        <source>The row as read:</source>
        <translation>Η γραμμή όπως διαβάστηκε:</translation>
    </message>
</context>
<context>
    <name>DistributedPanel</name>
    <message>
        <source>Several processes (GPUs or machines)</source>
        <translation>Πολλές διεργασίες (GPU ή υπολογιστές)</translation>
    </message>
    <message>
        <source>One process</source>
        <translation>Μία διεργασία</translation>
    </message>
    <message>
        <source>ZeRO-1: split optimizer</source>
        <translation>ZeRO-1: κατάτμηση βελτιστοποιητή</translation>
    </message>
    <message>
        <source>ZeRO-2: split optimizer and gradients</source>
        <translation>ZeRO-2: κατάτμηση βελτιστοποιητή και κλίσεων</translation>
    </message>
    <message>
        <source>ZeRO-3: split everything</source>
        <translation>ZeRO-3: κατάτμηση όλων</translation>
    </message>
    <message>
        <source>FSDP: split everything (GPUs)</source>
        <translation>FSDP: κατάτμηση όλων (GPU)</translation>
    </message>
    <message>
        <source>Strategy:</source>
        <translation>Στρατηγική:</translation>
    </message>
    <message>
        <source>Processes per machine:</source>
        <translation>Διεργασίες ανά υπολογιστή:</translation>
    </message>
    <message>
        <source>Machines:</source>
        <translation>Υπολογιστές:</translation>
    </message>
    <message>
        <source>Optimizer in CPU memory</source>
        <translation>Βελτιστοποιητής στη μνήμη της CPU</translation>
    </message>
    <message>
        <source>Parameters in CPU memory</source>
        <translation>Παράμετροι στη μνήμη της CPU</translation>
    </message>
    <message>
        <source>Show command</source>
        <translation>Εμφάνιση εντολής</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Αντιγραφή</translation>
    </message>
    <message>
        <source>Copy the command and the configuration</source>
        <translation>Αντιγραφή της εντολής και της διαμόρφωσης</translation>
    </message>
    <message>
        <source>Estimated peak memory per device: {0} ({1})</source>
        <translation>Εκτιμώμενη μέγιστη μνήμη ανά συσκευή: {0} ({1})</translation>
    </message>
    <message>
        <source># on every machine, RUN_DIR being the run folder (without a GPU, first: export DS_ACCELERATOR=cpu):</source>
        <translation># σε κάθε υπολογιστή, όπου RUN_DIR ο φάκελος της εκτέλεσης (χωρίς GPU, πρώτα: export DS_ACCELERATOR=cpu):</translation>
    </message>
    <message>
        <source># RUN_DIR/deepspeed.json:</source>
        <translation># RUN_DIR/deepspeed.json:</translation>
    </message>
    <message>
        <source># FSDP settings (Trainer):</source>
        <translation># ρυθμίσεις FSDP (Trainer):</translation>
    </message>
    <message>
        <source># global batch: {0}; the whole run to take elsewhere: desktop-ft train CONFIG.yaml --emit-launch DIR</source>
        <translation># συνολική παρτίδα: {0}· όλη η εκτέλεση για μεταφορά αλλού: desktop-ft train CONFIG.yaml --emit-launch DIR</translation>
    </message>
</context>
<context>
    <name>EvaluatePage</name>
    <message>
        <source>Evaluate &amp; chat</source>
        <translation>Αξιολόγηση και συνομιλία</translation>
    </message>
    <message>
        <source>Ask the model before and after fine-tuning the same question, and see the run&apos;s scores. The answers are written as they are generated.</source>
        <translation>Κάντε την ίδια ερώτηση στο μοντέλο πριν και μετά την προσαρμογή και δείτε τις βαθμολογίες της εκτέλεσης. Οι απαντήσεις γράφονται καθώς παράγονται.</translation>
    </message>
    <message>
        <source>Run:</source>
        <translation>Εκτέλεση:</translation>
    </message>
    <message>
        <source>Run to evaluate</source>
        <translation>Εκτέλεση για αξιολόγηση</translation>
    </message>
    <message>
        <source>Prompt for both models</source>
        <translation>Ερώτημα και για τα δύο μοντέλα</translation>
    </message>
    <message>
        <source>Type a question for both models…</source>
        <translation>Γράψτε μια ερώτηση και για τα δύο μοντέλα…</translation>
    </message>
    <message>
        <source>Tokens:</source>
        <translation>Tokens:</translation>
    </message>
    <message>
        <source>Most tokens per answer</source>
        <translation>Μέγιστα tokens ανά απάντηση</translation>
    </message>
    <message>
        <source>The most tokens each answer may have.</source>
        <translation>Τα περισσότερα tokens που μπορεί να έχει κάθε απάντηση.</translation>
    </message>
    <message>
        <source>&amp;Ask both</source>
        <translation>&amp;Ερώτηση και στα δύο</translation>
    </message>
    <message>
        <source>Ask both models</source>
        <translation>Ερώτηση και στα δύο μοντέλα</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Διακοπή</translation>
    </message>
    <message>
        <source>Stop both answers</source>
        <translation>Διακοπή και των δύο απαντήσεων</translation>
    </message>
    <message>
        <source>Before: the base model</source>
        <translation>Πριν: το βασικό μοντέλο</translation>
    </message>
    <message>
        <source>After: your fine-tuned model</source>
        <translation>Μετά: το προσαρμοσμένο μοντέλο σας</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Βαθμολογίες</translation>
    </message>
    <message>
        <source>&amp;Score the run</source>
        <translation>&amp;Βαθμολόγηση εκτέλεσης</translation>
    </message>
    <message>
        <source>Score the run, base against fine-tuned</source>
        <translation>Βαθμολόγηση της εκτέλεσης: βασικό έναντι προσαρμοσμένου</translation>
    </message>
    <message>
        <source>Measure the scenario&apos;s metric on the held-out rows for both models (writes eval.json).</source>
        <translation>Μέτρηση της μετρικής του σεναρίου στις γραμμές που κρατήθηκαν εκτός για τα δύο μοντέλα (γράφει το eval.json).</translation>
    </message>
    <message>
        <source>Scoring progress</source>
        <translation>Πρόοδος βαθμολόγησης</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Μέτρο</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Βασικό</translation>
    </message>
    <message>
        <source>Fine-tuned</source>
        <translation>Προσαρμοσμένο</translation>
    </message>
    <message>
        <source>Scores of the run</source>
        <translation>Βαθμολογίες της εκτέλεσης</translation>
    </message>
    <message>
        <source>No trained run yet. Train one on the Train page.</source>
        <translation>Δεν υπάρχει ακόμη εκπαιδευμένη εκτέλεση. Εκπαιδεύστε μία στη σελίδα Εκπαίδευση.</translation>
    </message>
    <message>
        <source>During training</source>
        <translation>Κατά την εκπαίδευση</translation>
    </message>
    <message>
        <source>Last eval loss (step {0})</source>
        <translation>Τελευταία απώλεια αξιολόγησης (βήμα {0})</translation>
    </message>
    <message>
        <source>Best eval loss (step {0})</source>
        <translation>Καλύτερη απώλεια αξιολόγησης (βήμα {0})</translation>
    </message>
    <message>
        <source>Perplexity at the last eval</source>
        <translation>Αμηχανία (perplexity) στην τελευταία αξιολόγηση</translation>
    </message>
    <message>
        <source>Scored on {0} held-out rows ({1}).</source>
        <translation>Βαθμολογήθηκε σε {0} γραμμές που κρατήθηκαν εκτός ({1}).</translation>
    </message>
    <message>
        <source>Not scored yet: Score the run measures its scenario&apos;s metric for both models.</source>
        <translation>Δεν έχει βαθμολογηθεί ακόμη: η Βαθμολόγηση εκτέλεσης μετρά τη μετρική του σεναρίου για τα δύο μοντέλα.</translation>
    </message>
    <message>
        <source>Scenario: {0}</source>
        <translation>Σενάριο: {0}</translation>
    </message>
    <message>
        <source>The metric this scenario is judged by.</source>
        <translation>Η μετρική με την οποία κρίνεται αυτό το σενάριο.</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Δείγματα</translation>
    </message>
    <message>
        <source>Expected: {0}</source>
        <translation>Αναμενόμενο: {0}</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <source>Export</source>
        <translation>Εξαγωγή</translation>
    </message>
    <message>
        <source>Export a trained run to ONNX for CPUs, GPUs and edge devices. Every export is checked against the trained model, and you can talk to it before you ship it.</source>
        <translation>Εξαγάγετε μια εκπαιδευμένη εκτέλεση σε ONNX για CPU, GPU και συσκευές edge. Κάθε εξαγωγή ελέγχεται απέναντι στο εκπαιδευμένο μοντέλο και μπορείτε να συνομιλήσετε μαζί της πριν τη διανείμετε.</translation>
    </message>
    <message>
        <source>Export settings</source>
        <translation>Ρυθμίσεις εξαγωγής</translation>
    </message>
    <message>
        <source>Run to export</source>
        <translation>Εκτέλεση για εξαγωγή</translation>
    </message>
    <message>
        <source>Runs that finished training.</source>
        <translation>Εκτελέσεις που ολοκλήρωσαν την εκπαίδευση.</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Ακρίβεια αριθμών</translation>
    </message>
    <message>
        <source>fp32 (exact, largest)</source>
        <translation>fp32 (ακριβές, το μεγαλύτερο)</translation>
    </message>
    <message>
        <source>fp16 (half size, for GPUs)</source>
        <translation>fp16 (μισό μέγεθος, για GPU)</translation>
    </message>
    <message>
        <source>int8 (quarter size)</source>
        <translation>int8 (το ένα τέταρτο του μεγέθους)</translation>
    </message>
    <message>
        <source>int4 (smallest, fastest on CPU)</source>
        <translation>int4 (το μικρότερο, ταχύτερο σε CPU)</translation>
    </message>
    <message>
        <source>Target device</source>
        <translation>Συσκευή προορισμού</translation>
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
        <translation>GPU των Windows (DirectML)</translation>
    </message>
    <message>
        <source>Block size</source>
        <translation>Μέγεθος μπλοκ</translation>
    </message>
    <message>
        <source>Weights quantized together. Smaller blocks are more accurate and a little larger.</source>
        <translation>Βάρη που κβαντίζονται μαζί. Τα μικρότερα μπλοκ είναι ακριβέστερα και λίγο μεγαλύτερα.</translation>
    </message>
    <message>
        <source>Accuracy level</source>
        <translation>Επίπεδο ακρίβειας</translation>
    </message>
    <message>
        <source>Compute type of quantized matrix products. 4 (int8) is the fastest on CPUs.</source>
        <translation>Τύπος υπολογισμού των κβαντισμένων γινομένων πινάκων. Το 4 (int8) είναι το ταχύτερο σε CPU.</translation>
    </message>
    <message>
        <source>Run:</source>
        <translation>Εκτέλεση:</translation>
    </message>
    <message>
        <source>Precision:</source>
        <translation>Ακρίβεια αριθμών:</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>Προορισμός:</translation>
    </message>
    <message>
        <source>Block size:</source>
        <translation>Μέγεθος μπλοκ:</translation>
    </message>
    <message>
        <source>Accuracy level:</source>
        <translation>Επίπεδο ακρίβειας:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Εξαγωγή</translation>
    </message>
    <message>
        <source>Export the run</source>
        <translation>Εξαγωγή της εκτέλεσης</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Διακοπή</translation>
    </message>
    <message>
        <source>Stop the export</source>
        <translation>Διακοπή της εξαγωγής</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Πρόοδος εξαγωγής</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>Κατάσταση εξαγωγής</translation>
    </message>
    <message>
        <source>Exports of this run:</source>
        <translation>Εξαγωγές αυτής της εκτέλεσης:</translation>
    </message>
    <message>
        <source>Exports of this run</source>
        <translation>Εξαγωγές αυτής της εκτέλεσης</translation>
    </message>
    <message>
        <source>Prompt for the exported model</source>
        <translation>Ερώτημα για το εξαγόμενο μοντέλο</translation>
    </message>
    <message>
        <source>Ask the exported model something…</source>
        <translation>Ρωτήστε κάτι το εξαγόμενο μοντέλο…</translation>
    </message>
    <message>
        <source>&amp;Ask</source>
        <translation>Ερώ&amp;τηση</translation>
    </message>
    <message>
        <source>Ask the exported model</source>
        <translation>Ερώτηση στο εξαγόμενο μοντέλο</translation>
    </message>
    <message>
        <source>The exported model answers</source>
        <translation>Το εξαγόμενο μοντέλο απαντά</translation>
    </message>
    <message>
        <source>Parity report</source>
        <translation>Αναφορά ισοδυναμίας</translation>
    </message>
    <message>
        <source>Try the export</source>
        <translation>Δοκιμή της εξαγωγής</translation>
    </message>
    <message>
        <source>starting…</source>
        <translation>εκκίνηση…</translation>
    </message>
    <message>
        <source>Stopping; nothing will be written…</source>
        <translation>Διακοπή· δεν θα γραφτεί τίποτα…</translation>
    </message>
    <message>
        <source>Stopped. Nothing was written.</source>
        <translation>Διακόπηκε. Δεν γράφτηκε τίποτα.</translation>
    </message>
    <message>
        <source>done</source>
        <translation>ολοκληρώθηκε</translation>
    </message>
    <message>
        <source>Exported to {0}</source>
        <translation>Εξήχθη στο {0}</translation>
    </message>
    <message>
        <source>Exporting {0}…</source>
        <translation>Εξαγωγή {0}…</translation>
    </message>
    <message>
        <source>The export failed: {0}</source>
        <translation>Η εξαγωγή απέτυχε: {0}</translation>
    </message>
</context>
<context>
    <name>HardwarePage</name>
    <message>
        <source>Hardware</source>
        <translation>Υλικό</translation>
    </message>
    <message>
        <source>The processor, memory and accelerators found on this machine. The recommendations and memory estimates of the next steps are made for them.</source>
        <translation>Ο επεξεργαστής, η μνήμη και οι επιταχυντές που βρέθηκαν σε αυτόν τον υπολογιστή. Οι προτάσεις και οι εκτιμήσεις μνήμης των επόμενων βημάτων γίνονται για αυτά.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Στοιχείο</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Τιμή</translation>
    </message>
    <message>
        <source>Detected hardware</source>
        <translation>Υλικό που εντοπίστηκε</translation>
    </message>
    <message>
        <source>&amp;Detect again</source>
        <translation>&amp;Νέος εντοπισμός</translation>
    </message>
    <message>
        <source>Detect the hardware again</source>
        <translation>Νέος εντοπισμός του υλικού</translation>
    </message>
    <message>
        <source>Detecting…</source>
        <translation>Εντοπισμός…</translation>
    </message>
    <message>
        <source>Hardware detection failed: {0}</source>
        <translation>Ο εντοπισμός υλικού απέτυχε: {0}</translation>
    </message>
    <message>
        <source>Detection stopped.</source>
        <translation>Ο εντοπισμός σταμάτησε.</translation>
    </message>
    <message>
        <source>Hardware detection unavailable in this build.</source>
        <translation>Ο εντοπισμός υλικού δεν είναι διαθέσιμος σε αυτή την έκδοση.</translation>
    </message>
    <message>
        <source>An NVIDIA GPU is present, but the installed PyTorch ({0}) is a CPU build: training runs on the CPU.</source>
        <translation>Υπάρχει GPU της NVIDIA, αλλά το εγκατεστημένο PyTorch ({0}) είναι έκδοση για CPU: η εκπαίδευση εκτελείται στη CPU.</translation>
    </message>
    <message>
        <source>The NVIDIA driver ({0}) is too old for the installed PyTorch ({1}): training runs on the CPU.</source>
        <translation>Ο οδηγός NVIDIA ({0}) είναι πολύ παλιός για το εγκατεστημένο PyTorch ({1}): η εκπαίδευση εκτελείται στη CPU.</translation>
    </message>
    <message>
        <source>PyTorch is not installed or does not load, so training cannot start.</source>
        <translation>Το PyTorch δεν είναι εγκατεστημένο ή δεν φορτώνεται, οπότε η εκπαίδευση δεν μπορεί να ξεκινήσει.</translation>
    </message>
    <message>
        <source>This is the CPU build of Desktop FT. To train on the GPU, install its GPU build, or install Desktop FT with pip (see the README).</source>
        <translation>Αυτή είναι η έκδοση CPU του Desktop FT. Για εκπαίδευση στη GPU, εγκαταστήστε την έκδοση GPU ή εγκαταστήστε το Desktop FT με pip (δείτε το README).</translation>
    </message>
    <message>
        <source>Install the matching PyTorch build, then restart Desktop FT:</source>
        <translation>Εγκαταστήστε την αντίστοιχη έκδοση του PyTorch και μετά επανεκκινήστε το Desktop FT:</translation>
    </message>
    <message>
        <source>Update the NVIDIA driver to version {0} or newer.</source>
        <translation>Ενημερώστε τον οδηγό NVIDIA στην έκδοση {0} ή νεότερη.</translation>
    </message>
    <message numerus="yes">
        <source>Found %n GPU(s) that PyTorch cannot use yet: {0}.</source>
        <translation>
            <numerusform>Βρέθηκε %n GPU που το PyTorch δεν μπορεί ακόμη να χρησιμοποιήσει: {0}.</numerusform>
            <numerusform>Βρέθηκαν %n GPU που το PyTorch δεν μπορεί ακόμη να χρησιμοποιήσει: {0}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Training can use %n GPU(s): {0}.</source>
        <translation>
            <numerusform>Η εκπαίδευση μπορεί να χρησιμοποιήσει %n GPU: {0}.</numerusform>
            <numerusform>Η εκπαίδευση μπορεί να χρησιμοποιήσει %n GPU: {0}.</numerusform>
        </translation>
    </message>
    <message>
        <source>No GPU found: training runs on the CPU (fine for the demo and small models).</source>
        <translation>Δεν βρέθηκε GPU: η εκπαίδευση εκτελείται στη CPU (αρκεί για το demo και μικρά μοντέλα).</translation>
    </message>
    <message>
        <source>Processor</source>
        <translation>Επεξεργαστής</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Όνομα</translation>
    </message>
    <message>
        <source>Cores</source>
        <translation>Πυρήνες</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Νήματα</translation>
    </message>
    <message>
        <source>Instruction sets</source>
        <translation>Σύνολα εντολών</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Μνήμη</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>Σύστημα υποστήριξης</translation>
    </message>
    <message>
        <source>bfloat16</source>
        <translation>bfloat16</translation>
    </message>
    <message>
        <source>Compute capability</source>
        <translation>Υπολογιστική ικανότητα (compute capability)</translation>
    </message>
    <message>
        <source>ONNX Runtime providers</source>
        <translation>Πάροχοι ONNX Runtime</translation>
    </message>
    <message>
        <source>Accelerators</source>
        <translation>Επιταχυντές</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Λειτουργικό σύστημα</translation>
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
        <translation>Αρχιτεκτονική</translation>
    </message>
    <message>
        <source>Measured speed</source>
        <translation>Μετρημένη ταχύτητα</translation>
    </message>
    <message>
        <source>Memory available</source>
        <translation>Διαθέσιμη μνήμη</translation>
    </message>
    <message>
        <source>Memory free</source>
        <translation>Ελεύθερη μνήμη</translation>
    </message>
    <message>
        <source>Disk free</source>
        <translation>Ελεύθερος χώρος δίσκου</translation>
    </message>
    <message>
        <source>Runs folder</source>
        <translation>Φάκελος εκτελέσεων</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Δείκτης</translation>
    </message>
    <message>
        <source>Interconnect</source>
        <translation>Διασύνδεση</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>Οδηγός</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Είδος</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Συσκευή</translation>
    </message>
    <message>
        <source>Not detected</source>
        <translation>Δεν εντοπίστηκε</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Σημειώσεις</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Πηγή</translation>
    </message>
    <message>
        <source>none</source>
        <translation>κανένα</translation>
    </message>
    <message>
        <source>{0} GFLOP/s (fp32 matmul)</source>
        <translation>{0} GFLOP/s (πολλαπλασιασμός πινάκων fp32)</translation>
    </message>
    <message>
        <source>not measured (press Detect again)</source>
        <translation>δεν μετρήθηκε (πατήστε Νέος εντοπισμός)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ναι</translation>
    </message>
    <message>
        <source>no</source>
        <translation>όχι</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>άγνωστο</translation>
    </message>
</context>
<context>
    <name>Histogram</name>
    <message>
        <source>No lengths to show yet.</source>
        <translation>Δεν υπάρχουν ακόμη μήκη για εμφάνιση.</translation>
    </message>
</context>
<context>
    <name>HostedDialog</name>
    <message>
        <source>Fine-tune at a hosted service</source>
        <translation>Προσαρμογή σε φιλοξενούμενη υπηρεσία</translation>
    </message>
    <message>
        <source>Your dataset is converted to the service&apos;s chat format and checked against its rules. Nothing is uploaded until you confirm; the service bills the training tokens.</source>
        <translation>Το σύνολο δεδομένων σας μετατρέπεται στη μορφή συνομιλίας της υπηρεσίας και ελέγχεται με βάση τους κανόνες της. Τίποτα δεν αποστέλλεται μέχρι να επιβεβαιώσετε· η υπηρεσία χρεώνει τα tokens εκπαίδευσης.</translation>
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
        <translation>Υπηρεσία</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Τελικό σημείο</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Κλειδί API</translation>
    </message>
    <message>
        <source>Base model at the service</source>
        <translation>Βασικό μοντέλο στην υπηρεσία</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Υπηρεσία:</translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation>&amp;Τελικό σημείο:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Κλειδί API:</translation>
    </message>
    <message>
        <source>Base &amp;model:</source>
        <translation>Βασικό &amp;μοντέλο:</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Νέος &amp;έλεγχος</translation>
    </message>
    <message>
        <source>Converted data and cost estimate</source>
        <translation>Μετατραπέντα δεδομένα και εκτίμηση κόστους</translation>
    </message>
    <message>
        <source>Problems found in the data</source>
        <translation>Προβλήματα που βρέθηκαν στα δεδομένα</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Προορισμός</translation>
    </message>
    <message>
        <source>&amp;Confirm and upload</source>
        <translation>&amp;Επιβεβαίωση και αποστολή</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>Προβλήματα:</translation>
    </message>
    <message>
        <source>Converting and checking the dataset…</source>
        <translation>Μετατροπή και έλεγχος του συνόλου δεδομένων…</translation>
    </message>
    <message>
        <source>The dataset cannot be prepared: {0}</source>
        <translation>Το σύνολο δεδομένων δεν μπορεί να προετοιμαστεί: {0}</translation>
    </message>
    <message>
        <source>stored in the system keyring</source>
        <translation>αποθηκευμένο στη θήκη κλειδιών του συστήματος</translation>
    </message>
    <message>
        <source>paste the key</source>
        <translation>επικολλήστε το κλειδί</translation>
    </message>
    <message>
        <source>Dataset: {0} ({1})</source>
        <translation>Σύνολο δεδομένων: {0} ({1})</translation>
    </message>
    <message>
        <source>Converted: {0} training and {1} validation examples, chat JSONL</source>
        <translation>Μετατράπηκαν: {0} παραδείγματα εκπαίδευσης και {1} επικύρωσης, JSONL συνομιλίας</translation>
    </message>
    <message>
        <source>Tokens per epoch: about {0} (largest example {1}; the service trains on up to {2} per example)</source>
        <translation>Tokens ανά εποχή: περίπου {0} (μεγαλύτερο παράδειγμα {1}· η υπηρεσία εκπαιδεύει σε έως {2} ανά παράδειγμα)</translation>
    </message>
    <message>
        <source>Billed training tokens: about {0} ({1} epochs)</source>
        <translation>Χρεωμένα tokens εκπαίδευσης: περίπου {0} ({1} εποχές)</translation>
    </message>
    <message>
        <source>The estimate counts about 4 bytes of text per token; the service reports the exact count when the job ends.</source>
        <translation>Η εκτίμηση υπολογίζει περίπου 4 byte κειμένου ανά token· η υπηρεσία αναφέρει τον ακριβή αριθμό όταν τελειώσει η εργασία.</translation>
    </message>
    <message>
        <source>Base model: {0}</source>
        <translation>Βασικό μοντέλο: {0}</translation>
    </message>
    <message>
        <source>error</source>
        <translation>σφάλμα</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>προειδοποίηση</translation>
    </message>
    <message>
        <source>… and {0} more</source>
        <translation>… και {0} ακόμη</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Δεν βρέθηκαν προβλήματα.</translation>
    </message>
    <message>
        <source>The dataset has not been checked yet.</source>
        <translation>Το σύνολο δεδομένων δεν έχει ελεγχθεί ακόμη.</translation>
    </message>
    <message>
        <source>Fix the errors listed first.</source>
        <translation>Διορθώστε πρώτα τα σφάλματα της λίστας.</translation>
    </message>
    <message>
        <source>Enter the service&apos;s endpoint (https://…).</source>
        <translation>Εισαγάγετε το τελικό σημείο της υπηρεσίας (https://…).</translation>
    </message>
    <message>
        <source>Enter the API key; it is kept in the system keyring.</source>
        <translation>Εισαγάγετε το κλειδί API· φυλάσσεται στη θήκη κλειδιών του συστήματος.</translation>
    </message>
    <message>
        <source>Will upload {0} examples ({1}) to {2} at {3} and start a fine-tuning job of {4} there.</source>
        <translation>Θα αποσταλούν {0} παραδείγματα ({1}) στο {2} στη διεύθυνση {3} και θα ξεκινήσει εκεί μια εργασία προσαρμογής του {4}.</translation>
    </message>
</context>
<context>
    <name>LivePlots</name>
    <message>
        <source>Preparing plots…</source>
        <translation>Προετοιμασία γραφημάτων…</translation>
    </message>
    <message>
        <source>step</source>
        <translation>βήμα</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Steps</source>
        <translation>Βήματα</translation>
    </message>
    <message>
        <source>Current step</source>
        <translation>Τρέχον βήμα</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Αρχείο</translation>
    </message>
    <message>
        <source>&amp;Open configuration…</source>
        <translation>Ά&amp;νοιγμα διαμόρφωσης…</translation>
    </message>
    <message>
        <source>Use the bundled &amp;demo</source>
        <translation>Χρήση του ενσωματωμένου &amp;demo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Έ&amp;ξοδος</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Μετάβαση</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Προβολή</translation>
    </message>
    <message>
        <source>&amp;Light theme</source>
        <translation>&amp;Φωτεινό θέμα</translation>
    </message>
    <message>
        <source>&amp;Dark theme</source>
        <translation>&amp;Σκοτεινό θέμα</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Γλώσσα</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Βοήθεια</translation>
    </message>
    <message>
        <source>&amp;About Desktop FT</source>
        <translation>&amp;Σχετικά με το Desktop FT</translation>
    </message>
    <message>
        <source>{0} (Ctrl+{1})</source>
        <translation>{0} (Ctrl+{1})</translation>
    </message>
    <message>
        <source>About Desktop FT</source>
        <translation>Σχετικά με το Desktop FT</translation>
    </message>
    <message>
        <source>Desktop FT {0}
Point-and-click fine-tuning of language models on your own machine, with ONNX export for the edge.</source>
        <translation>Desktop FT {0}
Προσαρμογή γλωσσικών μοντέλων με λίγα κλικ στον δικό σας υπολογιστή, με εξαγωγή σε ONNX για συσκευές edge.</translation>
    </message>
    <message>
        <source>Open a run configuration</source>
        <translation>Άνοιγμα διαμόρφωσης εκτέλεσης</translation>
    </message>
    <message>
        <source>Run configuration (*.yaml *.yml);;All files (*)</source>
        <translation>Διαμόρφωση εκτέλεσης (*.yaml *.yml);;Όλα τα αρχεία (*)</translation>
    </message>
    <message>
        <source>Desktop FT — training</source>
        <translation>Desktop FT — εκπαίδευση</translation>
    </message>
    <message>
        <source>Desktop FT</source>
        <translation>Desktop FT</translation>
    </message>
    <message>
        <source>Training is running</source>
        <translation>Η εκπαίδευση βρίσκεται σε εξέλιξη</translation>
    </message>
    <message>
        <source>A training run is in progress. Stop it and quit?

It stops after the current step and keeps its last checkpoint; Resume continues it later.</source>
        <translation>Μια εκτέλεση εκπαίδευσης βρίσκεται σε εξέλιξη. Διακοπή και έξοδος;

Σταματά μετά το τρέχον βήμα και κρατά το τελευταίο σημείο ελέγχου· η Συνέχιση τη συνεχίζει αργότερα.</translation>
    </message>
    <message>
        <source>Still stopping the run after its current step…</source>
        <translation>Η εκτέλεση ακόμη σταματά μετά το τρέχον βήμα…</translation>
    </message>
    <message>
        <source>Stopping the run after its current step…</source>
        <translation>Διακοπή της εκτέλεσης μετά το τρέχον βήμα…</translation>
    </message>
</context>
<context>
    <name>MemoryBars</name>
    <message>
        <source>device memory</source>
        <translation>μνήμη συσκευής</translation>
    </message>
    <message>
        <source>Memory estimate</source>
        <translation>Εκτίμηση μνήμης</translation>
    </message>
    <message>
        <source>Total: {0} of {1} ({2})</source>
        <translation>Σύνολο: {0} από {1} ({2})</translation>
    </message>
    <message>
        <source>Select a plan to see its memory.</source>
        <translation>Επιλέξτε ένα σχέδιο για να δείτε τη μνήμη του.</translation>
    </message>
    <message>
        <source>{0} of {1} {2}</source>
        <translation>{0} από {1} ({2})</translation>
    </message>
</context>
<context>
    <name>ModelPage</name>
    <message>
        <source>Model</source>
        <translation>Μοντέλο</translation>
    </message>
    <message>
        <source>The model to fine-tune: one from the catalog (Phi-3 family first), a model folder on this computer, or a download from the Hugging Face Hub.</source>
        <translation>Το μοντέλο προς προσαρμογή: ένα από τον κατάλογο (πρώτα η οικογένεια Phi-3), ένας φάκελος μοντέλου σε αυτόν τον υπολογιστή ή μια λήψη από το Hugging Face Hub.</translation>
    </message>
    <message>
        <source>Model of this run:</source>
        <translation>Μοντέλο αυτής της εκτέλεσης:</translation>
    </message>
    <message>
        <source>Model of this run</source>
        <translation>Μοντέλο αυτής της εκτέλεσης</translation>
    </message>
    <message>
        <source>Allow this model to run its own code (trust_remote_code)</source>
        <translation>Να επιτρέπεται σε αυτό το μοντέλο να εκτελεί δικό του κώδικα (trust_remote_code)</translation>
    </message>
    <message>
        <source>Allow this model to run its own code</source>
        <translation>Να επιτρέπεται σε αυτό το μοντέλο να εκτελεί δικό του κώδικα</translation>
    </message>
    <message>
        <source>Some models ship Python code that runs on your computer, with your rights, when they load. Allow it only if you trust the model&apos;s authors. It applies to this model only.</source>
        <translation>Ορισμένα μοντέλα περιέχουν κώδικα Python που εκτελείται στον υπολογιστή σας, με τα δικαιώματά σας, όταν φορτώνονται. Επιτρέψτε το μόνο αν εμπιστεύεστε τους δημιουργούς του μοντέλου. Ισχύει μόνο για αυτό το μοντέλο.</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Κατάλογος</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Οικογένεια</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Παράμετροι</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Άδεια χρήσης</translation>
    </message>
    <message>
        <source>Context (tokens)</source>
        <translation>Συμφραζόμενα (tokens)</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Λήψη</translation>
    </message>
    <message>
        <source>Hub id</source>
        <translation>Id στο Hub</translation>
    </message>
    <message>
        <source>Size of the weights in bf16, as published.</source>
        <translation>Μέγεθος των βαρών σε bf16, όπως δημοσιεύτηκαν.</translation>
    </message>
    <message>
        <source>Model catalog</source>
        <translation>Κατάλογος μοντέλων</translation>
    </message>
    <message>
        <source>&amp;Use this model</source>
        <translation>&amp;Χρήση αυτού του μοντέλου</translation>
    </message>
    <message>
        <source>Use the selected catalog model</source>
        <translation>Χρήση του επιλεγμένου μοντέλου του καταλόγου</translation>
    </message>
    <message>
        <source>Sizes and licences are known offline. A catalog model is downloaded when training starts, or below.</source>
        <translation>Τα μεγέθη και οι άδειες είναι γνωστά χωρίς σύνδεση. Ένα μοντέλο του καταλόγου λαμβάνεται όταν ξεκινά η εκπαίδευση ή παρακάτω.</translation>
    </message>
    <message>
        <source>Model folder on this computer</source>
        <translation>Φάκελος μοντέλου σε αυτόν τον υπολογιστή</translation>
    </message>
    <message>
        <source>Model folder</source>
        <translation>Φάκελος μοντέλου</translation>
    </message>
    <message>
        <source>A folder with config.json, weights and tokenizer</source>
        <translation>Φάκελος με config.json, βάρη και tokenizer</translation>
    </message>
    <message>
        <source>Choose &amp;folder…</source>
        <translation>Επιλογή &amp;φακέλου…</translation>
    </message>
    <message>
        <source>Choose a model folder</source>
        <translation>Επιλέξτε φάκελο μοντέλου</translation>
    </message>
    <message>
        <source>Download from the Hugging Face Hub</source>
        <translation>Λήψη από το Hugging Face Hub</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>&amp;Λήψη</translation>
    </message>
    <message>
        <source>Download the model</source>
        <translation>Λήψη του μοντέλου</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Διακοπή</translation>
    </message>
    <message>
        <source>Stop the download</source>
        <translation>Διακοπή της λήψης</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Πρόοδος λήψης</translation>
    </message>
    <message>
        <source>Download status</source>
        <translation>Κατάσταση λήψης</translation>
    </message>
    <message>
        <source>{0} parameters, {1} tokens of context</source>
        <translation>{0} παράμετροι, {1} tokens συμφραζομένων</translation>
    </message>
    <message>
        <source>Type a hub id, such as microsoft/Phi-3-mini-4k-instruct.</source>
        <translation>Πληκτρολογήστε ένα id του hub, όπως microsoft/Phi-3-mini-4k-instruct.</translation>
    </message>
    <message>
        <source>Connecting to the Hub for {0}…</source>
        <translation>Σύνδεση στο Hub για το {0}…</translation>
    </message>
    <message>
        <source>Downloading {0}…</source>
        <translation>Λήψη του {0}…</translation>
    </message>
    <message>
        <source>Downloaded to {0}. It is now the model of this run.</source>
        <translation>Λήφθηκε στο {0}. Είναι πλέον το μοντέλο αυτής της εκτέλεσης.</translation>
    </message>
    <message>
        <source>Download stopped. Files already fetched stay in the cache.</source>
        <translation>Η λήψη διακόπηκε. Τα αρχεία που έχουν ήδη ληφθεί μένουν στην κρυφή μνήμη.</translation>
    </message>
    <message>
        <source>What to do: {0}</source>
        <translation>Τι να κάνετε: {0}</translation>
    </message>
    <message>
        <source>demo (bundled Phi-3 architecture demo model)</source>
        <translation>demo (ενσωματωμένο μοντέλο demo με αρχιτεκτονική Phi-3)</translation>
    </message>
</context>
<context>
    <name>ParityView</name>
    <message>
        <source>Parity verdict</source>
        <translation>Ετυμηγορία ισοδυναμίας</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Μέτρο</translation>
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
        <translation>Όριο</translation>
    </message>
    <message>
        <source>Parity report</source>
        <translation>Αναφορά ισοδυναμίας</translation>
    </message>
    <message>
        <source>match: answers like the trained model</source>
        <translation>ταύτιση: απαντά όπως το εκπαιδευμένο μοντέλο</translation>
    </message>
    <message>
        <source>pass: within the limits for this precision</source>
        <translation>επιτυχία: εντός των ορίων για αυτή την ακρίβεια</translation>
    </message>
    <message>
        <source>fail: does not answer like the trained model</source>
        <translation>αποτυχία: δεν απαντά όπως το εκπαιδευμένο μοντέλο</translation>
    </message>
    <message>
        <source>not run: this target cannot run here</source>
        <translation>δεν εκτελέστηκε: αυτός ο προορισμός δεν μπορεί να εκτελεστεί εδώ</translation>
    </message>
    <message>
        <source>No export selected.</source>
        <translation>Δεν επιλέχθηκε εξαγωγή.</translation>
    </message>
    <message>
        <source>Verdict: {0}</source>
        <translation>Ετυμηγορία: {0}</translation>
    </message>
    <message>
        <source>Largest logit difference</source>
        <translation>Μέγιστη διαφορά logits</translation>
    </message>
    <message>
        <source>Relative logit difference</source>
        <translation>Σχετική διαφορά logits</translation>
    </message>
    <message>
        <source>Same next token (top-1)</source>
        <translation>Ίδιο επόμενο token (top-1)</translation>
    </message>
    <message>
        <source>Same next token where PyTorch is sure</source>
        <translation>Ίδιο επόμενο token όπου το PyTorch είναι βέβαιο</translation>
    </message>
    <message>
        <source>Mean KL divergence</source>
        <translation>Μέση απόκλιση KL</translation>
    </message>
    <message>
        <source>Same greedy answer</source>
        <translation>Ίδια άπληστη απάντηση</translation>
    </message>
    <message>
        <source>Greedy tokens in agreement</source>
        <translation>Tokens που συμφωνούν στην άπληστη αποκωδικοποίηση</translation>
    </message>
    <message>
        <source>Stops where PyTorch stops</source>
        <translation>Σταματά εκεί που σταματά το PyTorch</translation>
    </message>
    <message>
        <source>End tokens</source>
        <translation>Tokens τέλους</translation>
    </message>
    <message>
        <source>Chat template</source>
        <translation>Πρότυπο συνομιλίας</translation>
    </message>
    <message>
        <source>Perplexity</source>
        <translation>Αμηχανία (perplexity)</translation>
    </message>
    <message>
        <source>Perplexity ratio (ONNX / PyTorch)</source>
        <translation>Λόγος αμηχανίας (ONNX / PyTorch)</translation>
    </message>
    <message>
        <source>Size on disk</source>
        <translation>Μέγεθος στον δίσκο</translation>
    </message>
    <message>
        <source>Load time (s)</source>
        <translation>Χρόνος φόρτωσης (s)</translation>
    </message>
    <message>
        <source>First token (s)</source>
        <translation>Πρώτο token (s)</translation>
    </message>
    <message>
        <source>Tokens per second</source>
        <translation>Tokens ανά δευτερόλεπτο</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ναι</translation>
    </message>
    <message>
        <source>no</source>
        <translation>όχι</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>Plan</source>
        <translation>Σχέδιο</translation>
    </message>
    <message>
        <source>Ranked fine-tuning plans for this machine, with their memory estimates. Choose one and apply it: the Train page runs exactly these settings.</source>
        <translation>Κατάταξη σχεδίων προσαρμογής για αυτόν τον υπολογιστή, με τις εκτιμήσεις μνήμης τους. Επιλέξτε ένα και εφαρμόστε το: η σελίδα Εκπαίδευση εκτελεί ακριβώς αυτές τις ρυθμίσεις.</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Μοντέλο</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Σενάριο</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation> tokens</translation>
    </message>
    <message>
        <source>Sequence length</source>
        <translation>Μήκος ακολουθίας</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Μοντέλο:</translation>
    </message>
    <message>
        <source>&amp;Scenario:</source>
        <translation>&amp;Σενάριο:</translation>
    </message>
    <message>
        <source>Se&amp;quence:</source>
        <translation>Ακο&amp;λουθία:</translation>
    </message>
    <message>
        <source>&amp;Recommend</source>
        <translation>&amp;Πρόταση</translation>
    </message>
    <message>
        <source>Recommend plans</source>
        <translation>Πρόταση σχεδίων</translation>
    </message>
    <message>
        <source>Goals:</source>
        <translation>Στόχοι:</translation>
    </message>
    <message>
        <source>Go to &amp;Hardware</source>
        <translation>Μετάβαση στο &amp;Υλικό</translation>
    </message>
    <message>
        <source>Go to the Hardware page</source>
        <translation>Μετάβαση στη σελίδα Υλικό</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Technique</source>
        <translation>Τεχνική</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Διάταξη</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Ετυμηγορία</translation>
    </message>
    <message>
        <source>Peak memory</source>
        <translation>Μέγιστη μνήμη</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Γιατί</translation>
    </message>
    <message>
        <source>Ranked plans</source>
        <translation>Κατάταξη σχεδίων</translation>
    </message>
    <message>
        <source>Why this plan</source>
        <translation>Γιατί αυτό το σχέδιο</translation>
    </message>
    <message>
        <source>&amp;Apply to training settings</source>
        <translation>&amp;Εφαρμογή στις ρυθμίσεις εκπαίδευσης</translation>
    </message>
    <message>
        <source>Apply the selected plan to the training settings</source>
        <translation>Εφαρμογή του επιλεγμένου σχεδίου στις ρυθμίσεις εκπαίδευσης</translation>
    </message>
    <message>
        <source>Run hos&amp;ted…</source>
        <translation>Εκτέλεση σε υπη&amp;ρεσία…</translation>
    </message>
    <message>
        <source>Fine-tune at a hosted service (Azure AI Foundry or OpenAI) instead of this machine: the data, the cost and the destination are shown first</source>
        <translation>Προσαρμογή σε φιλοξενούμενη υπηρεσία (Azure AI Foundry ή OpenAI) αντί για αυτόν τον υπολογιστή: πρώτα εμφανίζονται τα δεδομένα, το κόστος και ο προορισμός</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Σχέδια</translation>
    </message>
    <message>
        <source>Cookbook matrix</source>
        <translation>Πίνακας του Cookbook</translation>
    </message>
    <message>
        <source>Several processes</source>
        <translation>Πολλές διεργασίες</translation>
    </message>
    <message>
        <source>Lower cost</source>
        <translation>Χαμηλότερο κόστος</translation>
    </message>
    <message>
        <source>Less memory</source>
        <translation>Λιγότερη μνήμη</translation>
    </message>
    <message>
        <source>Fewer parameters</source>
        <translation>Λιγότερες παράμετροι</translation>
    </message>
    <message>
        <source>Multi-GPU</source>
        <translation>Πολλές GPU</translation>
    </message>
    <message>
        <source>fits</source>
        <translation>χωράει</translation>
    </message>
    <message>
        <source>tight</source>
        <translation>οριακά</translation>
    </message>
    <message>
        <source>does not fit</source>
        <translation>δεν χωράει</translation>
    </message>
    <message>
        <source>weights</source>
        <translation>βάρη</translation>
    </message>
    <message>
        <source>adapter</source>
        <translation>προσαρμογέας</translation>
    </message>
    <message>
        <source>gradients</source>
        <translation>κλίσεις</translation>
    </message>
    <message>
        <source>optimizer</source>
        <translation>βελτιστοποιητής</translation>
    </message>
    <message>
        <source>activations</source>
        <translation>ενεργοποιήσεις</translation>
    </message>
    <message>
        <source>logits</source>
        <translation>logits</translation>
    </message>
    <message>
        <source>overhead</source>
        <translation>επιβάρυνση</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Είδος</translation>
    </message>
    <message>
        <source>Scenario or goal</source>
        <translation>Σενάριο ή στόχος</translation>
    </message>
    <message>
        <source>Fine-tuning scenarios and techniques</source>
        <translation>Σενάρια και τεχνικές προσαρμογής</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Στόχος</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ναι</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Όχι</translation>
    </message>
    <message>
        <source>Training settings now: {0}</source>
        <translation>Τρέχουσες ρυθμίσεις εκπαίδευσης: {0}</translation>
    </message>
    <message>
        <source>, rank {0}</source>
        <translation>, βαθμός {0}</translation>
    </message>
    <message>
        <source>, batch {0} × {1}, {2} tokens, checkpointing {3}</source>
        <translation>, παρτίδα {0} × {1}, {2} tokens, checkpointing {3}</translation>
    </message>
    <message>
        <source>on</source>
        <translation>ενεργό</translation>
    </message>
    <message>
        <source>off</source>
        <translation>ανενεργό</translation>
    </message>
    <message>
        <source>Detect hardware first: plans are made for the machine the Hardware page found.</source>
        <translation>Εντοπίστε πρώτα το υλικό: τα σχέδια γίνονται για τον υπολογιστή που βρήκε η σελίδα Υλικό.</translation>
    </message>
    <message>
        <source>For {0} ({1}).</source>
        <translation>Για {0} ({1}).</translation>
    </message>
    <message>
        <source>{0} on {1} GPUs</source>
        <translation>{0} σε {1} GPU</translation>
    </message>
    <message>
        <source> + CPU offload</source>
        <translation> + μεταφόρτωση στη CPU</translation>
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
        <translation>Επιλέξτε πρώτα ένα σχέδιο.</translation>
    </message>
    <message>
        <source>usable on the device</source>
        <translation>αξιοποιήσιμη στη συσκευή</translation>
    </message>
    <message>
        <source>usable memory</source>
        <translation>αξιοποιήσιμη μνήμη</translation>
    </message>
    <message>
        <source>What to change:</source>
        <translation>Τι να αλλάξετε:</translation>
    </message>
    <message>
        <source>Set the technique, rank, batch, length and checkpointing of the Train page to this plan&apos;s.</source>
        <translation>Ορίζει την τεχνική, τον βαθμό, την παρτίδα, το μήκος και το checkpointing της σελίδας Εκπαίδευση σύμφωνα με αυτό το σχέδιο.</translation>
    </message>
    <message>
        <source>{0} cannot be trained by this app.</source>
        <translation>Το {0} δεν μπορεί να εκπαιδευτεί από αυτή την εφαρμογή.</translation>
    </message>
    <message>
        <source>This plan spreads training over {0} GPUs ({1}); choose a ZeRO stage or FSDP on the Several processes tab.</source>
        <translation>Αυτό το σχέδιο κατανέμει την εκπαίδευση σε {0} GPU ({1})· επιλέξτε στάδιο ZeRO ή FSDP στην καρτέλα Πολλές διεργασίες.</translation>
    </message>
    <message>
        <source>This plan needs a device this machine does not have.</source>
        <translation>Αυτό το σχέδιο χρειάζεται μια συσκευή που δεν έχει αυτός ο υπολογιστής.</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <extracomment>code -&gt; the language&apos;s name in itself, as the Language menu shows it (never translated: a user lost in a language they cannot read still finds their own). Qt&apos;s standard button texts (message boxes, dialogs). Qt translates them only where it ships a qtbase_&lt;code&gt;.qm; ours cover Greek, Serbian and Tagalog too (for Czech and Swedish Qt&apos;s own, installed after ours, is asked first).</extracomment>
        <translation>Εντάξει</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ακύρωση</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ναι</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>Ό&amp;χι</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Άνοιγμα</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Αποθήκευση</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Κλείσιμο</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Εφαρμογή</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Απόρριψη</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Βοήθεια</translation>
    </message>
</context>
<context>
    <name>RunCurves</name>
    <message>
        <source>Select one run to see its loss, or several to compare them.</source>
        <translation>Επιλέξτε μία εκτέλεση για να δείτε την απώλειά της ή περισσότερες για να τις συγκρίνετε.</translation>
    </message>
</context>
<context>
    <name>RunsPage</name>
    <message>
        <source>Runs</source>
        <extracomment>the window tells which run is training now: that one is never deleted</extracomment>
        <translation>Εκτελέσεις</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Εκτέλεση</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Κατάσταση</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Βήματα</translation>
    </message>
    <message>
        <source>Last loss</source>
        <translation>Τελευταία απώλεια</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Ανανέ&amp;ωση</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>Άνοιγμα &amp;φακέλου</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>Συ&amp;νέχιση</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Διαγραφή…</translation>
    </message>
    <message>
        <source>Refresh the list of runs</source>
        <translation>Ανανέωση της λίστας εκτελέσεων</translation>
    </message>
    <message>
        <source>Open the selected run&apos;s folder</source>
        <translation>Άνοιγμα του φακέλου της επιλεγμένης εκτέλεσης</translation>
    </message>
    <message>
        <source>Resume the selected run</source>
        <translation>Συνέχιση της επιλεγμένης εκτέλεσης</translation>
    </message>
    <message>
        <source>Delete the selected runs</source>
        <translation>Διαγραφή των επιλεγμένων εκτελέσεων</translation>
    </message>
    <message>
        <source>Runs folder:</source>
        <translation>Φάκελος εκτελέσεων:</translation>
    </message>
    <message>
        <source>Runs folder</source>
        <translation>Φάκελος εκτελέσεων</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Απώλεια</translation>
    </message>
    <message>
        <source>train</source>
        <translation>εκπαίδευση</translation>
    </message>
    <message>
        <source>eval</source>
        <translation>αξιολόγηση</translation>
    </message>
    <message>
        <source>Run in use</source>
        <translation>Η εκτέλεση χρησιμοποιείται</translation>
    </message>
    <message>
        <source>{0} is training now. Stop it first.</source>
        <translation>Η εκτέλεση {0} εκπαιδεύεται τώρα. Σταματήστε την πρώτα.</translation>
    </message>
    <message>
        <source>Delete runs</source>
        <translation>Διαγραφή εκτελέσεων</translation>
    </message>
    <message numerus="yes">
        <source>Runs to delete: %n. Everything in their folders goes with them: checkpoints, adapter, merged model and exports. This cannot be undone. Delete?</source>
        <translation>
            <numerusform>Εκτελέσεις προς διαγραφή: %n. Διαγράφεται ό,τι υπάρχει στους φακέλους τους: σημεία ελέγχου, προσαρμογέας, συγχωνευμένο μοντέλο και εξαγωγές. Δεν μπορεί να αναιρεθεί. Διαγραφή;</numerusform>
            <numerusform>Εκτελέσεις προς διαγραφή: %n. Διαγράφεται ό,τι υπάρχει στους φακέλους τους: σημεία ελέγχου, προσαρμογέας, συγχωνευμένο μοντέλο και εξαγωγές. Δεν μπορεί να αναιρεθεί. Διαγραφή;</numerusform>
        </translation>
    </message>
    <message>
        <source>step</source>
        <translation>βήμα</translation>
    </message>
    <message>
        <source>Every run keeps its configuration, events and checkpoints in its own folder. Select a run to plot its loss, or several to compare them. A stopped run can be resumed.</source>
        <translation>Κάθε εκτέλεση κρατά τη διαμόρφωση, τα συμβάντα και τα σημεία ελέγχου της στον δικό της φάκελο. Επιλέξτε μια εκτέλεση για να δείτε το γράφημα της απώλειάς της ή περισσότερες για να τις συγκρίνετε. Μια διακοπείσα εκτέλεση μπορεί να συνεχιστεί.</translation>
    </message>
</context>
<context>
    <name>TrainPage</name>
    <message>
        <source>Loss</source>
        <translation>Απώλεια</translation>
    </message>
    <message>
        <source>train</source>
        <translation>εκπαίδευση</translation>
    </message>
    <message>
        <source>eval</source>
        <translation>αξιολόγηση</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Ρυθμός μάθησης</translation>
    </message>
    <message>
        <source>lr</source>
        <translation>lr</translation>
    </message>
    <message>
        <source>Tokens per second</source>
        <translation>Tokens ανά δευτερόλεπτο</translation>
    </message>
    <message>
        <source>tokens/s</source>
        <translation>tokens/s</translation>
    </message>
    <message>
        <source>Gradient norm</source>
        <translation>Νόρμα κλίσης</translation>
    </message>
    <message>
        <source>grad norm</source>
        <translation>νόρμα κλίσης</translation>
    </message>
    <message>
        <source>Memory (GiB)</source>
        <translation>Μνήμη (GiB)</translation>
    </message>
    <message>
        <source>peak</source>
        <translation>μέγιστη</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Εκπαίδευση</translation>
    </message>
    <message>
        <source>Fine-tune with the settings of the previous steps and watch it learn. Stop keeps the last checkpoint; Resume continues the last run from it.</source>
        <translation>Προσαρμόστε με τις ρυθμίσεις των προηγούμενων βημάτων και δείτε το μοντέλο να μαθαίνει. Η Διακοπή κρατά το τελευταίο σημείο ελέγχου· η Συνέχιση συνεχίζει την τελευταία εκτέλεση από εκεί.</translation>
    </message>
    <message>
        <source>Configuration:</source>
        <translation>Διαμόρφωση:</translation>
    </message>
    <message>
        <source>Run configuration file</source>
        <translation>Αρχείο διαμόρφωσης εκτέλεσης</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Άνοι&amp;γμα…</translation>
    </message>
    <message>
        <source>Open a run configuration</source>
        <translation>Άνοιγμα διαμόρφωσης εκτέλεσης</translation>
    </message>
    <message>
        <source>Open a run configuration (YAML)</source>
        <translation>Άνοιγμα διαμόρφωσης εκτέλεσης (YAML)</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Έναρξη</translation>
    </message>
    <message>
        <source>Start training</source>
        <translation>Έναρξη εκπαίδευσης</translation>
    </message>
    <message>
        <source>Start a new run with this configuration</source>
        <translation>Έναρξη νέας εκτέλεσης με αυτή τη διαμόρφωση</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Διακοπή</translation>
    </message>
    <message>
        <source>Stop training</source>
        <translation>Διακοπή εκπαίδευσης</translation>
    </message>
    <message>
        <source>Stop after the current step, keeping a checkpoint</source>
        <translation>Διακοπή μετά το τρέχον βήμα, με διατήρηση σημείου ελέγχου</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>Συ&amp;νέχιση</translation>
    </message>
    <message>
        <source>Resume the last run</source>
        <translation>Συνέχιση της τελευταίας εκτέλεσης</translation>
    </message>
    <message>
        <source>Training progress</source>
        <translation>Πρόοδος εκπαίδευσης</translation>
    </message>
    <message>
        <source>Training status</source>
        <translation>Κατάσταση εκπαίδευσης</translation>
    </message>
    <message>
        <source>Training log</source>
        <translation>Αρχείο καταγραφής εκπαίδευσης</translation>
    </message>
    <message>
        <source>The run&apos;s log appears here.</source>
        <translation>Εδώ εμφανίζεται το αρχείο καταγραφής της εκτέλεσης.</translation>
    </message>
    <message>
        <source>starting…</source>
        <translation>εκκίνηση…</translation>
    </message>
    <message>
        <source>Continue {0} from its last checkpoint</source>
        <translation>Συνέχιση του {0} από το τελευταίο σημείο ελέγχου</translation>
    </message>
    <message>
        <source>No stopped run with a checkpoint to continue</source>
        <translation>Δεν υπάρχει διακοπείσα εκτέλεση με σημείο ελέγχου για συνέχιση</translation>
    </message>
    <message>
        <source>The configuration could not be loaded: {0}</source>
        <translation>Δεν ήταν δυνατή η φόρτωση της διαμόρφωσης: {0}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln step(s)</source>
        <translation>
            <numerusform>%Ln βήμα</numerusform>
            <numerusform>%Ln βήματα</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} epochs</source>
        <translation>{0} εποχές</translation>
    </message>
    <message>
        <source>the bundled demo model</source>
        <translation>το ενσωματωμένο μοντέλο demo</translation>
    </message>
    <message>
        <source>Ready: {0} on {1}, {2}.</source>
        <translation>Έτοιμο: {0} για {1}, {2}.</translation>
    </message>
    <message>
        <source>Run configuration (*.yaml *.yml);;All files (*)</source>
        <translation>Διαμόρφωση εκτέλεσης (*.yaml *.yml);;Όλα τα αρχεία (*)</translation>
    </message>
    <message>
        <source>no run configuration is loaded</source>
        <translation>δεν έχει φορτωθεί διαμόρφωση εκτέλεσης</translation>
    </message>
    <message>
        <source>Stopping after the current step…</source>
        <translation>Διακοπή μετά το τρέχον βήμα…</translation>
    </message>
    <message>
        <source>Starting: loading the model and the data…</source>
        <translation>Εκκίνηση: φόρτωση του μοντέλου και των δεδομένων…</translation>
    </message>
    <message numerus="yes">
        <source>… %Ln line(s) not shown here (all are in the run&apos;s log.txt)</source>
        <translation>
            <numerusform>… %Ln γραμμή δεν εμφανίζεται εδώ (όλες είναι στο log.txt της εκτέλεσης)</numerusform>
            <numerusform>… %Ln γραμμές δεν εμφανίζονται εδώ (όλες είναι στο log.txt της εκτέλεσης)</numerusform>
        </translation>
    </message>
    <message>
        <source>{0}step {1} of {2} · ETA {3}</source>
        <translation>{0}βήμα {1} από {2} · απομένουν {3}</translation>
    </message>
    <message>
        <source>Training… loss {0}</source>
        <translation>Εκπαίδευση… απώλεια {0}</translation>
    </message>
    <message>
        <source>Stopped at step {0}. Resume continues from the last checkpoint.</source>
        <translation>Διακόπηκε στο βήμα {0}. Η Συνέχιση συνεχίζει από το τελευταίο σημείο ελέγχου.</translation>
    </message>
    <message>
        <source>Finished: {0} steps, loss {1} → {2}. Run folder: {3}</source>
        <translation>Ολοκληρώθηκε: {0} βήματα, απώλεια {1} → {2}. Φάκελος εκτέλεσης: {3}</translation>
    </message>
    <message>
        <source>The run failed: {0}</source>
        <translation>Η εκτέλεση απέτυχε: {0}</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>Cannot continue</source>
        <translation>Δεν είναι δυνατή η συνέχεια</translation>
    </message>
    <message>
        <source>Where: {0}</source>
        <translation>Πού: {0}</translation>
    </message>
    <message>
        <source>What to do: {0}</source>
        <translation>Τι να κάνετε: {0}</translation>
    </message>
    <message>
        <source>Sorry, something went wrong inside Desktop FT. This is a bug, not something you did.</source>
        <translation>Λυπούμαστε, κάτι πήγε στραβά μέσα στο Desktop FT. Πρόκειται για σφάλμα του προγράμματος, όχι για κάτι που κάνατε εσείς.</translation>
    </message>
    <message>
        <source>Internal error</source>
        <translation>Εσωτερικό σφάλμα</translation>
    </message>
    <message>
        <source>(the terminal)</source>
        <translation>(το τερματικό)</translation>
    </message>
    <message>
        <source>The details were saved to:
{0}
Please include that file when you report it. The app keeps running.</source>
        <translation>Οι λεπτομέρειες αποθηκεύτηκαν στο:
{0}
Παρακαλούμε επισυνάψτε αυτό το αρχείο όταν το αναφέρετε. Η εφαρμογή συνεχίζει να λειτουργεί.</translation>
    </message>
</context>
<context>
    <name>format</name>
    <message>
        <source>{0} s</source>
        <translation>{0} δευτ.</translation>
    </message>
    <message>
        <source>full fine-tuning</source>
        <translation>πλήρης προσαρμογή</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>unknown setting &apos;{name}&apos;</source>
        <extracomment>UserError key -&gt; English template; {names} are the error&apos;s params.</extracomment>
        <translation>άγνωστη ρύθμιση &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a valid {name}</source>
        <translation>το &apos;{value}&apos; δεν είναι έγκυρη τιμή για {name}</translation>
    </message>
    <message>
        <source>missing field &apos;{field}&apos;</source>
        <translation>λείπει το πεδίο &apos;{field}&apos;</translation>
    </message>
    <message>
        <source>unknown scenario &apos;{scenario}&apos;</source>
        <translation>άγνωστο σενάριο &apos;{scenario}&apos;</translation>
    </message>
    <message>
        <source>unknown goal &apos;{goal}&apos;</source>
        <translation>άγνωστος στόχος &apos;{goal}&apos;</translation>
    </message>
    <message>
        <source>the ONNX builder does not support the {architecture} architecture</source>
        <translation>ο δημιουργός ONNX δεν υποστηρίζει την αρχιτεκτονική {architecture}</translation>
    </message>
    <message>
        <source>configuration file not found</source>
        <extracomment>Messages and hints without parameters, translated by their English text.</extracomment>
        <translation>το αρχείο διαμόρφωσης δεν βρέθηκε</translation>
    </message>
    <message>
        <source>the configuration file is not UTF-8 text</source>
        <translation>το αρχείο διαμόρφωσης δεν είναι κείμενο UTF-8</translation>
    </message>
    <message>
        <source>the configuration file is empty</source>
        <translation>το αρχείο διαμόρφωσης είναι κενό</translation>
    </message>
    <message>
        <source>expected a mapping of settings</source>
        <translation>αναμενόταν αντιστοίχιση ρυθμίσεων</translation>
    </message>
    <message>
        <source>no model given</source>
        <translation>δεν δόθηκε μοντέλο</translation>
    </message>
    <message>
        <source>no dataset given</source>
        <translation>δεν δόθηκε σύνολο δεδομένων</translation>
    </message>
    <message>
        <source>check the path, e.g. resources/examples/demo-lora.yaml</source>
        <translation>ελέγξτε τη διαδρομή, π.χ. resources/examples/demo-lora.yaml</translation>
    </message>
    <message>
        <source>save it as UTF-8</source>
        <translation>αποθηκεύστε το ως UTF-8</translation>
    </message>
    <message>
        <source>see resources/examples/demo-lora.yaml</source>
        <translation>δείτε το resources/examples/demo-lora.yaml</translation>
    </message>
    <message>
        <source>see resources/examples/demo-lora.yaml for the layout</source>
        <translation>δείτε τη δομή στο resources/examples/demo-lora.yaml</translation>
    </message>
    <message>
        <source>fix the indentation or quoting on that line</source>
        <translation>διορθώστε τη στοίχιση ή τα εισαγωγικά σε εκείνη τη γραμμή</translation>
    </message>
    <message>
        <source>use &apos;demo&apos;, a catalog name, a hub id or a model folder</source>
        <translation>χρησιμοποιήστε &apos;demo&apos;, όνομα καταλόγου, id του hub ή φάκελο μοντέλου</translation>
    </message>
    <message>
        <source>set data.path to a JSONL, JSON or CSV file</source>
        <translation>ορίστε το data.path σε αρχείο JSONL, JSON ή CSV</translation>
    </message>
    <message>
        <source>dataset file not found</source>
        <translation>το αρχείο του συνόλου δεδομένων δεν βρέθηκε</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation>το αρχείο δεν είναι κείμενο UTF-8</translation>
    </message>
    <message>
        <source>the dataset is empty</source>
        <translation>το σύνολο δεδομένων είναι κενό</translation>
    </message>
    <message>
        <source>the dataset has no examples</source>
        <translation>το σύνολο δεδομένων δεν έχει παραδείγματα</translation>
    </message>
    <message>
        <source>expected a file, found a folder</source>
        <translation>αναμενόταν αρχείο, βρέθηκε φάκελος</translation>
    </message>
    <message>
        <source>expected a JSON array of examples</source>
        <translation>αναμενόταν πίνακας JSON με παραδείγματα</translation>
    </message>
    <message>
        <source>no usable training examples</source>
        <translation>δεν υπάρχουν αξιοποιήσιμα παραδείγματα εκπαίδευσης</translation>
    </message>
    <message>
        <source>the text is empty</source>
        <translation>το κείμενο είναι κενό</translation>
    </message>
    <message>
        <source>the label is empty</source>
        <translation>η ετικέτα είναι κενή</translation>
    </message>
    <message>
        <source>the sentence has no tokens</source>
        <translation>η πρόταση δεν έχει tokens</translation>
    </message>
    <message>
        <source>the question has no answer</source>
        <translation>η ερώτηση δεν έχει απάντηση</translation>
    </message>
    <message>
        <source>expected a list of strings</source>
        <translation>αναμενόταν λίστα συμβολοσειρών</translation>
    </message>
    <message>
        <source>expected an object with &apos;role&apos; and &apos;content&apos;</source>
        <translation>αναμενόταν αντικείμενο με &apos;role&apos; και &apos;content&apos;</translation>
    </message>
    <message>
        <source>the conversation has no user or assistant turn</source>
        <translation>η συνομιλία δεν έχει μήνυμα χρήστη ή βοηθού</translation>
    </message>
    <message>
        <source>a system message may only come first</source>
        <translation>ένα μήνυμα συστήματος μπορεί να είναι μόνο πρώτο</translation>
    </message>
    <message>
        <source>the conversation must start with a user turn</source>
        <translation>η συνομιλία πρέπει να ξεκινά με μήνυμα του χρήστη</translation>
    </message>
    <message>
        <source>the conversation has no assistant answer to learn from</source>
        <translation>η συνομιλία δεν έχει απάντηση βοηθού από την οποία να μάθει το μοντέλο</translation>
    </message>
    <message>
        <source>nothing to train: no configuration given</source>
        <translation>τίποτα για εκπαίδευση: δεν δόθηκε διαμόρφωση</translation>
    </message>
    <message>
        <source>the run has no complete checkpoint to resume from</source>
        <translation>η εκτέλεση δεν έχει πλήρες σημείο ελέγχου για συνέχιση</translation>
    </message>
    <message>
        <source>there is nothing left to lower in this run&apos;s settings</source>
        <translation>δεν έχει μείνει τίποτα να μειωθεί στις ρυθμίσεις αυτής της εκτέλεσης</translation>
    </message>
    <message>
        <source>no such model on the Hugging Face Hub</source>
        <translation>δεν υπάρχει τέτοιο μοντέλο στο Hugging Face Hub</translation>
    </message>
    <message>
        <source>this model is gated: its licence must be accepted first</source>
        <translation>αυτό το μοντέλο είναι περιορισμένης πρόσβασης: πρέπει πρώτα να αποδεχτείτε την άδειά του</translation>
    </message>
    <message>
        <source>cannot reach the Hugging Face Hub (offline)</source>
        <translation>δεν είναι δυνατή η σύνδεση με το Hugging Face Hub (εκτός σύνδεσης)</translation>
    </message>
    <message>
        <source>the prompt is empty</source>
        <translation>το ερώτημα είναι κενό</translation>
    </message>
    <message>
        <source>type a question</source>
        <translation>γράψτε μια ερώτηση</translation>
    </message>
    <message>
        <source>shorten the prompt</source>
        <translation>συντομεύστε το ερώτημα</translation>
    </message>
    <message>
        <source>no adapter to export</source>
        <translation>δεν υπάρχει προσαρμογέας για εξαγωγή</translation>
    </message>
    <message>
        <source>folder not found</source>
        <translation>ο φάκελος δεν βρέθηκε</translation>
    </message>
    <message>
        <source>model folder not found</source>
        <translation>ο φάκελος του μοντέλου δεν βρέθηκε</translation>
    </message>
    <message>
        <source>not a folder</source>
        <translation>δεν είναι φάκελος</translation>
    </message>
    <message>
        <source>file missing</source>
        <translation>λείπει το αρχείο</translation>
    </message>
    <message>
        <source>this is a LoRA adapter, not a full model</source>
        <translation>αυτός είναι προσαρμογέας LoRA, όχι πλήρες μοντέλο</translation>
    </message>
    <message>
        <source>not a PEFT adapter folder (no adapter_config.json)</source>
        <translation>δεν είναι φάκελος προσαρμογέα PEFT (δεν υπάρχει adapter_config.json)</translation>
    </message>
    <message>
        <source>the run&apos;s base model folder is not on this machine</source>
        <translation>ο φάκελος του βασικού μοντέλου της εκτέλεσης δεν βρίσκεται σε αυτόν τον υπολογιστή</translation>
    </message>
    <message>
        <source>not a model folder: config.json is missing</source>
        <translation>δεν είναι φάκελος μοντέλου: λείπει το config.json</translation>
    </message>
    <message>
        <source>no model weights (*.safetensors or pytorch_model.bin)</source>
        <translation>δεν υπάρχουν βάρη μοντέλου (*.safetensors ή pytorch_model.bin)</translation>
    </message>
    <message>
        <source>no tokenizer (tokenizer.json or tokenizer.model)</source>
        <translation>δεν υπάρχει tokenizer (tokenizer.json ή tokenizer.model)</translation>
    </message>
    <message>
        <source>the output path is a file</source>
        <translation>η διαδρομή εξόδου είναι αρχείο</translation>
    </message>
    <message>
        <source>this folder is already an ONNX export</source>
        <translation>αυτός ο φάκελος είναι ήδη εξαγωγή ONNX</translation>
    </message>
    <message>
        <source>the ONNX builder does not support this model</source>
        <translation>ο δημιουργός ONNX δεν υποστηρίζει αυτό το μοντέλο</translation>
    </message>
    <message>
        <source>onnxruntime-genai (with its model builder) is not installed</source>
        <translation>το onnxruntime-genai (με τον δημιουργό μοντέλων του) δεν είναι εγκατεστημένο</translation>
    </message>
    <message>
        <source>the output folder exists and is not an export of ours; not replacing it</source>
        <translation>ο φάκελος εξόδου υπάρχει και δεν είναι δική μας εξαγωγή· δεν θα αντικατασταθεί</translation>
    </message>
    <message>
        <source>gradient checkpointing and batch 1 were already tried for every technique</source>
        <translation>το gradient checkpointing και η παρτίδα 1 δοκιμάστηκαν ήδη για κάθε τεχνική</translation>
    </message>
    <message>
        <source>hosted fine-tuning: the cookbook&apos;s model-as-a-service (serverless fine-tuning in Azure AI Foundry) trains Phi models without your own GPU</source>
        <translation>προσαρμογή ως υπηρεσία: το μοντέλο ως υπηρεσία του cookbook (προσαρμογή χωρίς διακομιστές στο Azure AI Foundry) εκπαιδεύει μοντέλα Phi χωρίς δική σας GPU</translation>
    </message>
    <message>
        <source>hosted fine-tuning on a cloud GPU (e.g. Azure Machine Learning) runs the same plan on a bigger device</source>
        <translation>η προσαρμογή σε GPU στο cloud (π.χ. Azure Machine Learning) εκτελεί το ίδιο σχέδιο σε μεγαλύτερη συσκευή</translation>
    </message>
    <message>
        <source>no GPU: every plan runs on the CPU; the times shown are estimates for this CPU (measured matmul speed)</source>
        <translation>καμία GPU: κάθε σχέδιο εκτελείται στη CPU· οι χρόνοι που εμφανίζονται είναι εκτιμήσεις για αυτόν τον επεξεργαστή (μετρημένη ταχύτητα πολλαπλασιασμού πινάκων)</translation>
    </message>
    <message>
        <source>no GPU: every plan runs on the CPU; the times shown are estimates for this CPU (assumed speed)</source>
        <translation>καμία GPU: κάθε σχέδιο εκτελείται στη CPU· οι χρόνοι που εμφανίζονται είναι εκτιμήσεις για αυτόν τον επεξεργαστή (υποτιθέμενη ταχύτητα)</translation>
    </message>
    <message>
        <source>fits</source>
        <translation>χωράει</translation>
    </message>
    <message>
        <source>tight</source>
        <translation>οριακά</translation>
    </message>
    <message>
        <source>does-not-fit</source>
        <translation>δεν χωράει</translation>
    </message>
    <message>
        <source>weights</source>
        <translation>βάρη</translation>
    </message>
    <message>
        <source>adapter</source>
        <translation>προσαρμογέας</translation>
    </message>
    <message>
        <source>gradients</source>
        <translation>κλίσεις</translation>
    </message>
    <message>
        <source>optimizer</source>
        <translation>βελτιστοποιητής</translation>
    </message>
    <message>
        <source>activations</source>
        <translation>ενεργοποιήσεις</translation>
    </message>
    <message>
        <source>logits</source>
        <translation>logits</translation>
    </message>
    <message>
        <source>overhead</source>
        <translation>επιβάρυνση</translation>
    </message>
    <message>
        <source>this CPU</source>
        <translation>αυτόν τον επεξεργαστή</translation>
    </message>
    <message>
        <source>measured CPU matmul speed</source>
        <translation>μετρημένη ταχύτητα πολλαπλασιασμού πινάκων στη CPU</translation>
    </message>
    <message>
        <source>assumed CPU speed (the profile has no measurement)</source>
        <translation>υποτιθέμενη ταχύτητα CPU (το προφίλ δεν έχει μέτρηση)</translation>
    </message>
    <message>
        <source>catalogued GPU throughput</source>
        <translation>απόδοση GPU από τον κατάλογο</translation>
    </message>
    <message>
        <source>assumed GPU throughput</source>
        <translation>υποτιθέμενη απόδοση GPU</translation>
    </message>
    <message>
        <source>calibrated on this device</source>
        <translation>βαθμονομημένο σε αυτή τη συσκευή</translation>
    </message>
    <message>
        <source>full fine-tuning</source>
        <translation>πλήρης προσαρμογή</translation>
    </message>
    <message>
        <source>QLoRA 4-bit</source>
        <translation>QLoRA 4-bit</translation>
    </message>
    <message>
        <source>LoRA on 8-bit weights</source>
        <translation>LoRA σε βάρη 8-bit</translation>
    </message>
    <message>
        <source>prompt tuning</source>
        <translation>ρύθμιση προτροπής (prompt tuning)</translation>
    </message>
    <message>
        <source>prefix tuning</source>
        <translation>ρύθμιση προθέματος (prefix tuning)</translation>
    </message>
    <message>
        <source>put the text in quotes</source>
        <translation>βάλτε το κείμενο σε εισαγωγικά</translation>
    </message>
    <message>
        <source>each line must be one JSON object</source>
        <translation>κάθε γραμμή πρέπει να είναι ένα αντικείμενο JSON</translation>
    </message>
    <message>
        <source>fix the JSON syntax</source>
        <translation>διορθώστε τη σύνταξη JSON</translation>
    </message>
    <message>
        <source>this looks like JSON Lines (one object per line): save it as .jsonl</source>
        <translation>αυτό μοιάζει με JSON Lines (ένα αντικείμενο ανά γραμμή): αποθηκεύστε το ως .jsonl</translation>
    </message>
    <message>
        <source>this looks like a JSON array: save it with the .json extension</source>
        <translation>αυτό μοιάζει με πίνακα JSON: αποθηκεύστε το με την επέκταση .json</translation>
    </message>
    <message>
        <source>wrap the examples in [ ... ] or use JSON Lines</source>
        <translation>περικλείστε τα παραδείγματα σε [ ... ] ή χρησιμοποιήστε JSON Lines</translation>
    </message>
    <message>
        <source>add a message with role &apos;assistant&apos;</source>
        <translation>προσθέστε ένα μήνυμα με ρόλο &apos;assistant&apos;</translation>
    </message>
    <message>
        <source>add a user question and the assistant&apos;s answer</source>
        <translation>προσθέστε μια ερώτηση χρήστη και την απάντηση του βοηθού</translation>
    </message>
    <message>
        <source>add at least a few examples</source>
        <translation>προσθέστε τουλάχιστον μερικά παραδείγματα</translation>
    </message>
    <message>
        <source>add at least a few examples, one per line</source>
        <translation>προσθέστε τουλάχιστον μερικά παραδείγματα, ένα ανά γραμμή</translation>
    </message>
    <message>
        <source>add examples or lower train.batch_size</source>
        <translation>προσθέστε παραδείγματα ή μειώστε το train.batch_size</translation>
    </message>
    <message>
        <source>check data.max_length and the dataset&apos;s answers</source>
        <translation>ελέγξτε το data.max_length και τις απαντήσεις του συνόλου δεδομένων</translation>
    </message>
    <message>
        <source>check data.path (relative paths are relative to the config file)</source>
        <translation>ελέγξτε το data.path (οι σχετικές διαδρομές είναι σχετικές με το αρχείο διαμόρφωσης)</translation>
    </message>
    <message>
        <source>fill it in or remove the example</source>
        <translation>συμπληρώστε το ή αφαιρέστε το παράδειγμα</translation>
    </message>
    <message>
        <source>give at least one answer</source>
        <translation>δώστε τουλάχιστον μία απάντηση</translation>
    </message>
    <message>
        <source>give every example a label</source>
        <translation>δώστε σε κάθε παράδειγμα μια ετικέτα</translation>
    </message>
    <message>
        <source>move it to the start, or make it a user turn</source>
        <translation>μετακινήστε το στην αρχή ή κάντε το μήνυμα του χρήστη</translation>
    </message>
    <message>
        <source>put the user&apos;s question before the assistant&apos;s answer</source>
        <translation>βάλτε την ερώτηση του χρήστη πριν από την απάντηση του βοηθού</translation>
    </message>
    <message>
        <source>remove the example or fill in its words</source>
        <translation>αφαιρέστε το παράδειγμα ή συμπληρώστε τις λέξεις του</translation>
    </message>
    <message>
        <source>save the file as UTF-8 (in Notepad: Save as, Encoding: UTF-8)</source>
        <translation>αποθηκεύστε το αρχείο ως UTF-8 (στο Σημειωματάριο: Αποθήκευση ως, Κωδικοποίηση: UTF-8)</translation>
    </message>
    <message>
        <source>save the file as UTF-8 (most editors offer it under &apos;Save as&apos;)</source>
        <translation>αποθηκεύστε το αρχείο ως UTF-8 (οι περισσότεροι επεξεργαστές το προσφέρουν στο &apos;Αποθήκευση ως&apos;)</translation>
    </message>
    <message>
        <source>user and assistant turns must alternate</source>
        <translation>τα μηνύματα χρήστη και βοηθού πρέπει να εναλλάσσονται</translation>
    </message>
    <message>
        <source>use &apos;human&apos; and &apos;gpt&apos; (or &apos;system&apos;)</source>
        <translation>χρησιμοποιήστε &apos;human&apos; και &apos;gpt&apos; (ή &apos;system&apos;)</translation>
    </message>
    <message>
        <source>give exactly one tag per token</source>
        <translation>δώστε ακριβώς μία ετικέτα ανά token</translation>
    </message>
    <message>
        <source>quote cells that contain commas or line breaks</source>
        <translation>βάλτε σε εισαγωγικά τα κελιά που περιέχουν κόμματα ή αλλαγές γραμμής</translation>
    </message>
    <message>
        <source>use O, B-TYPE (first word of an entity) or I-TYPE (the words after it)</source>
        <translation>χρησιμοποιήστε O, B-ΤΥΠΟΣ (πρώτη λέξη μιας οντότητας) ή I-ΤΥΠΟΣ (οι λέξεις μετά από αυτήν)</translation>
    </message>
    <message>
        <source>write the class name, e.g. &quot;positive&quot;</source>
        <translation>γράψτε το όνομα της κλάσης, π.χ. &quot;positive&quot;</translation>
    </message>
    <message>
        <source>each line must be an object such as {&quot;messages&quot;: [...]}</source>
        <translation>κάθε γραμμή πρέπει να είναι αντικείμενο όπως {&quot;messages&quot;: [...]}</translation>
    </message>
    <message>
        <source>16-bit training on a CPU without bf16 instructions is very slow; use fp32</source>
        <translation>η εκπαίδευση 16-bit σε CPU χωρίς εντολές bf16 είναι πολύ αργή· χρησιμοποιήστε fp32</translation>
    </message>
    <message>
        <source>on</source>
        <translation>ενεργό</translation>
    </message>
    <message>
        <source>off</source>
        <translation>ανενεργό</translation>
    </message>
    <message>
        <source>{method} in {dtype} needs {peak}; this machine&apos;s RAM has {capacity} usable ({verdict})</source>
        <extracomment>Sentences core builds with values in them, matched by their English shape ({name}: a value).</extracomment>
        <translation>Το {method} σε {dtype} χρειάζεται {peak}· η RAM αυτού του υπολογιστή έχει {capacity} αξιοποιήσιμα ({verdict})</translation>
    </message>
    <message>
        <source>{method} in {dtype} needs {peak}; the GPU has {capacity} usable ({verdict})</source>
        <translation>Το {method} σε {dtype} χρειάζεται {peak}· η GPU έχει {capacity} αξιοποιήσιμα ({verdict})</translation>
    </message>
    <message>
        <source>{method} in {dtype} with {distributed} needs {peak}; the GPU has {capacity} usable ({verdict})</source>
        <translation>Το {method} σε {dtype} με {distributed} χρειάζεται {peak}· η GPU έχει {capacity} αξιοποιήσιμα ({verdict})</translation>
    </message>
    <message>
        <source>{method} in {dtype} needs {peak} per GPU; each GPU has {capacity} usable ({verdict})</source>
        <translation>Το {method} σε {dtype} χρειάζεται {peak} ανά GPU· κάθε GPU έχει {capacity} αξιοποιήσιμα ({verdict})</translation>
    </message>
    <message>
        <source>{method} in {dtype} with {distributed} needs {peak} per GPU; each GPU has {capacity} usable ({verdict})</source>
        <translation>Το {method} σε {dtype} με {distributed} χρειάζεται {peak} ανά GPU· κάθε GPU έχει {capacity} αξιοποιήσιμα ({verdict})</translation>
    </message>
    <message>
        <source>trains {trainable} of {total} parameters ({share})</source>
        <translation>εκπαιδεύει {trainable} από {total} παραμέτρους ({share})</translation>
    </message>
    <message>
        <source>largest memory term: {term} ({size})</source>
        <translation>μεγαλύτερο τμήμα μνήμης: {term} ({size})</translation>
    </message>
    <message>
        <source>cookbook matrix: {techniques} - &apos;{row}&apos;: yes</source>
        <translation>πίνακας του cookbook: {techniques} – &apos;{row}&apos;: ναι</translation>
    </message>
    <message>
        <source>cookbook matrix: {techniques} is not marked for &apos;{row}&apos;</source>
        <translation>πίνακας του cookbook: το {techniques} δεν σημειώνεται για &apos;{row}&apos;</translation>
    </message>
    <message>
        <source>cookbook matrix: {techniques} is not marked for &apos;{row}&apos;; by this estimate it needs {peak} against {full} for full fine-tuning</source>
        <translation>πίνακας του cookbook: το {techniques} δεν σημειώνεται για &apos;{row}&apos;· κατά αυτή την εκτίμηση χρειάζεται {peak} έναντι {full} για πλήρη προσαρμογή</translation>
    </message>
    <message>
        <source>time: about {duration} per epoch of {examples} examples x {seq} tokens on {where} ({rate}, {source})</source>
        <translation>χρόνος: περίπου {duration} ανά εποχή {examples} παραδειγμάτων × {seq} tokens σε {where} ({rate}, {source})</translation>
    </message>
    <message>
        <source>shorter sequences: at {seq} tokens, {method} fits ({peak})</source>
        <translation>μικρότερες ακολουθίες: στα {seq} tokens το {method} χωράει ({peak})</translation>
    </message>
    <message>
        <source>a smaller model: {model} ({size}) fits with {method} ({peak})</source>
        <translation>ένα μικρότερο μοντέλο: το {model} ({size}) χωράει με {method} ({peak})</translation>
    </message>
    <message>
        <source>more GPUs: with {gpus} GPUs like this one, LoRA with ZeRO-3 sharding fits ({peak} per GPU)</source>
        <translation>περισσότερες GPU: με {gpus} GPU σαν αυτή, το LoRA με κατάτμηση ZeRO-3 χωράει ({peak} ανά GPU)</translation>
    </message>
    <message>
        <source>goal &apos;data-parallel&apos; needs two or more GPUs; this machine has {gpus}</source>
        <translation>ο στόχος &apos;data-parallel&apos; χρειάζεται δύο ή περισσότερες GPU· αυτός ο υπολογιστής έχει {gpus}</translation>
    </message>
    <message>
        <source>{summary}; {method} needs {peak}</source>
        <translation>{summary}· το {method} χρειάζεται {peak}</translation>
    </message>
    <message>
        <source>{distributed} with one GPU shards nothing</source>
        <translation>το {distributed} με μία GPU δεν κατατέμνει τίποτα</translation>
    </message>
    <message>
        <source>the plan uses {gpus} GPUs; the profile has {found}</source>
        <translation>το σχέδιο χρησιμοποιεί {gpus} GPU· το προφίλ έχει {found}</translation>
    </message>
    <message>
        <source>{method} needs bitsandbytes on a CUDA, ROCm or XPU GPU; it is not available on this device</source>
        <translation>το {method} χρειάζεται bitsandbytes σε GPU με CUDA, ROCm ή XPU· δεν είναι διαθέσιμο σε αυτή τη συσκευή</translation>
    </message>
    <message>
        <source>offload needs {size} of CPU memory; the machine has {memory}</source>
        <translation>η μεταφόρτωση χρειάζεται {size} μνήμης CPU· ο υπολογιστής έχει {memory}</translation>
    </message>
    <message>
        <source>sequence length {seq} is beyond the model&apos;s context ({context})</source>
        <translation>το μήκος ακολουθίας {seq} ξεπερνά τα συμφραζόμενα του μοντέλου ({context})</translation>
    </message>
    <message>
        <source>{epochs} epochs take about {duration}</source>
        <translation>{epochs} εποχές διαρκούν περίπου {duration}</translation>
    </message>
    <message>
        <source>{place}: field &apos;{field}&apos;</source>
        <translation>{place}: πεδίο &apos;{field}&apos;</translation>
    </message>
    <message>
        <source>missing setting &apos;{name}&apos;</source>
        <translation>λείπει η ρύθμιση &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>expected {expected}, got {value}</source>
        <translation>αναμενόταν {expected}, δόθηκε {value}</translation>
    </message>
    <message>
        <source>{name} = {value} is out of range: it must be {rule}</source>
        <translation>{name} = {value} είναι εκτός ορίων: πρέπει να είναι {rule}</translation>
    </message>
    <message>
        <source>set {name} to a value {rule}</source>
        <translation>ορίστε το {name} σε τιμή {rule}</translation>
    </message>
    <message>
        <source>did you mean &apos;{name}&apos;?</source>
        <translation>μήπως εννοούσατε &apos;{name}&apos;;</translation>
    </message>
    <message>
        <source>did you mean &apos;{name}&apos;? map it with data.columns</source>
        <translation>μήπως εννοούσατε &apos;{name}&apos;; αντιστοιχίστε το με το data.columns</translation>
    </message>
    <message>
        <source>choose one of: {choices}</source>
        <translation>επιλέξτε ένα από: {choices}</translation>
    </message>
    <message>
        <source>use one of: {choices}</source>
        <translation>χρησιμοποιήστε ένα από: {choices}</translation>
    </message>
    <message>
        <source>write {example}</source>
        <translation>γράψτε {example}</translation>
    </message>
    <message>
        <source>the same example as line {line}</source>
        <translation>το ίδιο παράδειγμα με τη γραμμή {line}</translation>
    </message>
    <message>
        <source>invalid YAML: {problem}</source>
        <translation>μη έγκυρο YAML: {problem}</translation>
    </message>
    <message>
        <source>invalid JSON ({problem})</source>
        <translation>μη έγκυρο JSON ({problem})</translation>
    </message>
    <message>
        <source>invalid CSV ({problem})</source>
        <translation>μη έγκυρο CSV ({problem})</translation>
    </message>
    <message>
        <source>expected a JSON object, found {found}</source>
        <translation>αναμενόταν αντικείμενο JSON, βρέθηκε {found}</translation>
    </message>
    <message>
        <source>expected an object, found {found}</source>
        <translation>αναμενόταν αντικείμενο, βρέθηκε {found}</translation>
    </message>
    <message>
        <source>expected text, found {found}</source>
        <translation>αναμενόταν κείμενο, βρέθηκε {found}</translation>
    </message>
    <message>
        <source>expected a list of messages, found {found}</source>
        <translation>αναμενόταν λίστα μηνυμάτων, βρέθηκε {found}</translation>
    </message>
    <message>
        <source>row has {cells} columns, the header has {header}</source>
        <translation>η γραμμή έχει {cells} στήλες, η κεφαλίδα έχει {header}</translation>
    </message>
    <message>
        <source>unsupported file type &apos;{suffix}&apos;</source>
        <translation>μη υποστηριζόμενος τύπος αρχείου &apos;{suffix}&apos;</translation>
    </message>
    <message>
        <source>use one of {suffixes}</source>
        <translation>χρησιμοποιήστε ένα από {suffixes}</translation>
    </message>
    <message>
        <source>cannot tell the dataset format from the fields {fields}</source>
        <translation>δεν είναι δυνατό να προσδιοριστεί η μορφή του συνόλου δεδομένων από τα πεδία {fields}</translation>
    </message>
    <message>
        <source>two &apos;{role}&apos; turns in a row</source>
        <translation>δύο συνεχόμενα μηνύματα &apos;{role}&apos;</translation>
    </message>
    <message>
        <source>unknown role {role}</source>
        <translation>άγνωστος ρόλος {role}</translation>
    </message>
    <message>
        <source>unknown speaker {speaker}</source>
        <translation>άγνωστος ομιλητής {speaker}</translation>
    </message>
    <message>
        <source>&apos;{tag}&apos; is not a BIO tag</source>
        <translation>το &apos;{tag}&apos; δεν είναι ετικέτα BIO</translation>
    </message>
    <message>
        <source>{tokens} tokens but {tags} tags</source>
        <translation>{tokens} tokens αλλά {tags} ετικέτες</translation>
    </message>
    <message>
        <source>expected two languages, found {languages}</source>
        <translation>αναμένονταν δύο γλώσσες, βρέθηκαν {languages}</translation>
    </message>
    <message>
        <source>expected a label (text or a whole number), found {value}</source>
        <translation>αναμενόταν ετικέτα (κείμενο ή ακέραιος), βρέθηκε {value}</translation>
    </message>
    <message>
        <source>unknown model &apos;{name}&apos;</source>
        <translation>άγνωστο μοντέλο &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>the run has no trained adapter yet (status: {status})</source>
        <translation>η εκτέλεση δεν έχει ακόμη εκπαιδευμένο προσαρμογέα (κατάσταση: {status})</translation>
    </message>
    <message>
        <source>the prompt is {tokens} tokens; the model takes {context}</source>
        <translation>το ερώτημα έχει {tokens} tokens· το μοντέλο δέχεται {context}</translation>
    </message>
    <message>
        <source>unknown precision &apos;{precision}&apos;</source>
        <translation>άγνωστη ακρίβεια &apos;{precision}&apos;</translation>
    </message>
    <message>
        <source>unknown target &apos;{target}&apos;</source>
        <translation>άγνωστος προορισμός &apos;{target}&apos;</translation>
    </message>
    <message>
        <source>{precision} is not supported for the {target} target</source>
        <translation>το {precision} δεν υποστηρίζεται για τον προορισμό {target}</translation>
    </message>
    <message>
        <source>settings: {list}</source>
        <translation>ρυθμίσεις: {list}</translation>
    </message>
    <message>
        <source>batch {batch}</source>
        <translation>παρτίδα {batch}</translation>
    </message>
    <message>
        <source>batch {batch} x {steps} accumulation</source>
        <translation>παρτίδα {batch} × {steps} συσσώρευση</translation>
    </message>
    <message>
        <source>sequence {seq}</source>
        <translation>ακολουθία {seq}</translation>
    </message>
    <message>
        <source>rank {rank}</source>
        <translation>βαθμός {rank}</translation>
    </message>
    <message>
        <source>gradient checkpointing {state}</source>
        <translation>gradient checkpointing {state}</translation>
    </message>
    <message>
        <source>{distributed} on {gpus} GPUs</source>
        <translation>{distributed} σε {gpus} GPU</translation>
    </message>
    <message>
        <source>{distributed} on {gpus} GPUs with CPU offload</source>
        <translation>{distributed} σε {gpus} GPU με μεταφόρτωση στη CPU</translation>
    </message>
</context>
</TS>
