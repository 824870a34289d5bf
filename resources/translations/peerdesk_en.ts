<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AuditTab</name>
    <message numerus="yes">
        <location filename="../../peerdesk/ui/audit_tab.py" line="+174"/>
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>The audit trail is intact: %n entry(ies) checked.</source>
        <translation>
            <numerusform>The audit trail is intact: %n entry checked.</numerusform>
            <numerusform>The audit trail is intact: %n entries checked.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParticipantListPage</name>
    <message numerus="yes">
        <location filename="../../peerdesk/ui/participant_list_page.py" line="+243"/>
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message numerus="yes">
        <source>Too many failed attempts. Sign-in is locked for %n minute(s), or until a coordinator unlocks the account.</source>
        <translation>
            <numerusform>Too many failed attempts. Sign-in is locked for %n minute, or until a coordinator unlocks the account.</numerusform>
            <numerusform>Too many failed attempts. Sign-in is locked for %n minutes, or until a coordinator unlocks the account.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserTableModel</name>
    <message numerus="yes">
        <source>Locked for %n minute(s)</source>
        <translation>
            <numerusform>Locked for %n minute</numerusform>
            <numerusform>Locked for %n minutes</numerusform>
        </translation>
    </message>
</context>
</TS>
