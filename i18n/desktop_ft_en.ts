<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>DataPage</name>
    <message numerus="yes">
        <source>Rows with problems: %n. Training stops at the first one, so fix them first (see Problems).</source>
        <translation>
            <numerusform>Rows with problems: %n. Training stops at the first one, so fix them first (see Problems).</numerusform>
            <numerusform>Rows with problems: %n. Training stops at the first one, so fix them first (see Problems).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rows read: %n. No problems found.</source>
        <translation>
            <numerusform>Rows read: %n. No problems found.</numerusform>
            <numerusform>Rows read: %n. No problems found.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Problems (%n)</source>
        <translation>
            <numerusform>Problems (%n)</numerusform>
            <numerusform>Problems (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HardwarePage</name>
    <message numerus="yes">
        <source>Found %n GPU(s) that PyTorch cannot use yet: {0}.</source>
        <translation>
            <numerusform>Found %n GPU that PyTorch cannot use yet: {0}.</numerusform>
            <numerusform>Found %n GPUs that PyTorch cannot use yet: {0}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Training can use %n GPU(s): {0}.</source>
        <translation>
            <numerusform>Training can use %n GPU: {0}.</numerusform>
            <numerusform>Training can use %n GPUs: {0}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunsPage</name>
    <message numerus="yes">
        <source>Runs to delete: %n. Everything in their folders goes with them: checkpoints, adapter, merged model and exports. This cannot be undone. Delete?</source>
        <translation>
            <numerusform>Runs to delete: %n. Everything in their folders goes with them: checkpoints, adapter, merged model and exports. This cannot be undone. Delete?</numerusform>
            <numerusform>Runs to delete: %n. Everything in their folders goes with them: checkpoints, adapter, merged model and exports. This cannot be undone. Delete?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrainPage</name>
    <message numerus="yes">
        <source>%Ln step(s)</source>
        <translation>
            <numerusform>%Ln step</numerusform>
            <numerusform>%Ln steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… %Ln line(s) not shown here (all are in the run&apos;s log.txt)</source>
        <translation>
            <numerusform>… %Ln line not shown here (all are in the run&apos;s log.txt)</numerusform>
            <numerusform>… %Ln lines not shown here (all are in the run&apos;s log.txt)</numerusform>
        </translation>
    </message>
</context>
</TS>
