<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AuditTab</name>
    <message numerus="yes">
        <location filename="../../peerdesk/ui/audit_tab.py" line="+226"/>
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
    <name>MatchListTab</name>
    <message numerus="yes">
        <location filename="../../peerdesk/ui/match_list_tab.py" line="+267"/>
        <source>%n match(es), %1 listed</source>
        <translation>
            <numerusform>%n match, %1 listed</numerusform>
            <numerusform>%n matches, %1 listed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MentorListPage</name>
    <message numerus="yes">
        <location filename="../../peerdesk/ui/mentor_list_page.py" line="+202"/>
        <source>%n peer educator(s), %1 listed</source>
        <translation>
            <numerusform>%n peer educator, %1 listed</numerusform>
            <numerusform>%n peer educators, %1 listed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n peer educator(s)</source>
        <translation>
            <numerusform>%n peer educator</numerusform>
            <numerusform>%n peer educators</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message numerus="yes">
        <location filename="../../peerdesk/ui/messages.py" line="+238"/>
        <source>Too many failed attempts. Sign-in is locked for %n minute(s), or until a coordinator unlocks the account.</source>
        <extracomment>Templates whose codes come from one table of ``_code_tables`` (a code such as ``active`` means different things in different tables); other templates look codes up in every table.</extracomment>
        <translation>
            <numerusform>Too many failed attempts. Sign-in is locked for %n minute, or until a coordinator unlocks the account.</numerusform>
            <numerusform>Too many failed attempts. Sign-in is locked for %n minutes, or until a coordinator unlocks the account.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParticipantListPage</name>
    <message numerus="yes">
        <location filename="../../peerdesk/ui/participant_list_page.py" line="+249"/>
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReferralsSection</name>
    <message numerus="yes">
        <location filename="../../peerdesk/ui/referrals_section.py" line="+291"/>
        <source>%n referral(s) waiting</source>
        <translation>
            <numerusform>%n referral waiting</numerusform>
            <numerusform>%n referrals waiting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserTableModel</name>
    <message numerus="yes">
        <location filename="../../peerdesk/ui/admin_models.py" line="+55"/>
        <source>Locked for %n minute(s)</source>
        <translation>
            <numerusform>Locked for %n minute</numerusform>
            <numerusform>Locked for %n minutes</numerusform>
        </translation>
    </message>
</context>
</TS>
