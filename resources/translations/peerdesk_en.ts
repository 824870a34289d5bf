<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Messages</name>
    <message numerus="yes">
        <location filename="../../peerdesk/ui/messages.py" line="+116"/>
        <source>Too many failed attempts. Sign-in is locked for %n minute(s), or until a coordinator unlocks the account.</source>
        <translation>
            <numerusform>Too many failed attempts. Sign-in is locked for %n minute, or until a coordinator unlocks the account.</numerusform>
            <numerusform>Too many failed attempts. Sign-in is locked for %n minutes, or until a coordinator unlocks the account.</numerusform>
        </translation>
    </message>
</context>
</TS>
