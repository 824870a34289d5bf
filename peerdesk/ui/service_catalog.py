"""The English sentences of service errors that the UI translates (generated, then kept by hand).

Every sentence a ``PeerdeskError`` can carry to a screen is listed here with
``QT_TRANSLATE_NOOP`` so ``lupdate`` puts it in the ``.ts`` files.
``tests/ui/test_service_catalog.py`` scans the source (``tests/message_catalog.py``) and fails,
naming the sentence, when one is missing: add it to the right tuple below, with its Spanish
translation.

* ``SERVICE_MESSAGES``: whole sentences.
* ``SERVICE_TEMPLATES``: sentences holding values, written with ``%1``, ``%2``, ... in the order the
  values appear in the English sentence.
* ``SERVICE_LABELS``: the names of fields that rule helpers put into templates ("The reason" in
  "%1 is required."), context ``ServiceLabels``. ``has`` and ``have`` are there too: the verb
  of "3 members of the roster have no attendance mark.", so a translation can agree with %1.

A few whole sentences are listed by hand because the scanner only sees their template:
"The mentor must be active." (and "... active or in training."), and the endings
"Nothing was changed." / "No backup file was written." that the backup and restore services
put into their templates.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

#: Whole sentences, context ``ServiceMessages``.
SERVICE_MESSAGES = (
    QT_TRANSLATE_NOOP("ServiceMessages", "A cancelled session has no attendance."),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "A co-signed note cannot be changed; add an addendum instead."
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "A decision has already been made for this mentor."),
    QT_TRANSLATE_NOOP("ServiceMessages", "A facilitator is listed twice."),
    QT_TRANSLATE_NOOP("ServiceMessages", "A facilitator is not a known mentor."),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "A fingerprint is 20 letters and digits in 4 groups of 5, like "
        "7K3QX-0ZP4M-W9HRT-C2EGB. Nothing was trusted.",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "A keep-separate is recorded between this mentor and the participant."
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "A member is marked more than once."),
    QT_TRANSLATE_NOOP("ServiceMessages", "A partner with this name is already listed."),
    QT_TRANSLATE_NOOP("ServiceMessages", "A pathway needs at least one phase."),
    QT_TRANSLATE_NOOP("ServiceMessages", "A pathway with this name already exists."),
    QT_TRANSLATE_NOOP("ServiceMessages", "A person cannot be kept separate from themselves."),
    QT_TRANSLATE_NOOP("ServiceMessages", "A person cannot be their own mentor."),
    QT_TRANSLATE_NOOP("ServiceMessages", "A phase has at most 50 milestones."),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "A question was answered no, so the person cannot be eligible."
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "A reason is only given for an absence."),
    QT_TRANSLATE_NOOP("ServiceMessages", "A reporting period can be at most five years long."),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "A session of this group is already recorded for that day and time."
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "A user name is 2 to 32 letters or digits (dots, dashes and underscores "
        "allowed), starting with a letter or digit.",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "An active mentor's agreement must be signed on or before their status date.",
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "An alias is too long (at most 120 characters)."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Another group already has this name."),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "Another peerdesk program is changing the key file. Try again in a moment.",
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "Answer every question before deciding eligible."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Answer yes, no, or leave it unknown."),
    QT_TRANSLATE_NOOP("ServiceMessages", "At most 20 aliases."),
    QT_TRANSLATE_NOOP("ServiceMessages", "At release this has not happened yet; leave it unknown."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Attach the note to one group session or to one contact."),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "Attendance can only be corrected within 7 days of recording it."
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "Capacity is the most mentees at once: 1 to 20."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Choose a community-side mentor for the handoff."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Choose a folder (or drive) that exists to write to."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Choose a passphrase different from the current one."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Choose at least one service the partner offers."),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "Choose either a participant or a mentor to receive the award."
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "Choose two different participants to merge."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Choose which value to keep: ours or theirs."),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "Close or hand off the mentor's open matches before changing side."
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "Close or hand off this mentor's open matches before they exit."
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "Confirm the card first: ask the other site to read its fingerprint aloud and"
        " type it here. Nothing was trusted.",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "Contacts are recorded only for an active or paused match."
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "Days before a certification expires must be between 1 and 365."
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "Days before release to check readiness must be between 1 and 180."
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "Days without a contact before an alert must be between 1 and 90."
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "Gender identity is too long (at most 40 characters)."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Give the amount of the commissary credit."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Give the expiry date or the event that ends consent."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Hours must be more than 0 and at most 1000."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Interests: at most 20 entries."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Interests: each entry is at most 40 characters."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Lived experience: at most 20 entries."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Lived experience: each entry is at most 40 characters."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Make a mentor from the participant's record instead."),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "Minutes without input before the window locks must be between 1 and 30."
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "No backup file was written."),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "No consent in force lets the program share this participant's records with "
        "that recipient. Record the signed consent first.",
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "Nothing was changed."),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "Old Excel (.xls) files cannot be read; save it as .xlsx or CSV UTF-8."
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "Only a commissary credit has an amount."),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "Only a coordinator's passphrase, or the recovery code, can restore a backup."
        " Nothing was changed.",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "Only a match with a facility-side mentor is handed off at release."
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "Only a paused match can be resumed."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Only a proposed match can be started."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Only an active or paused match can be handed off."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Only an active peer educator account can be linked."),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "Only an enrolled, active or released participant can be matched."
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "Pause, close or hand off this mentor's matches before they become inactive.",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "Phases go forward only: this one is not after the current one."
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "Pick a calendar month, from its first day."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Planned contact is every 1 to 90 days."),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "Record the actual release date before recording outcomes."
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "Record the application before the other selection steps."
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "Record the signed roles-and-expectations agreement first."
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "Reports can be written in English (en) or Spanish (es)."),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "Say what the consent covers: program data, treatment records, or both."
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "Say why the match closed when the reason is 'other'."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Say why: a reason is required for the decision."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Show between 1 and 24 months."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Someone who is not on this session's roster was marked."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Supervision check-ins are for approved mentors."),
    QT_TRANSLATE_NOOP("ServiceMessages", "That contact was with someone else."),
    QT_TRANSLATE_NOOP("ServiceMessages", "That is not a peerdesk site id."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The actual release date cannot be in the future."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The agreement date must be after the date of birth."),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "The backup did not read back exactly as written, so it was removed. The "
        "drive may be failing: try another one, and run 'peerdesk check'. No backup "
        "file was written.",
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "The backup was cancelled. No backup file was written."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The bundle cannot be decrypted with this site's keys."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The bundle file cannot be read."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The import was cancelled. Nothing was imported."),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "Writing the bundle was cancelled. Nothing was written to the drive."
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "The bundle holds a record this site cannot accept; nothing was imported.",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "The bundle names a different sender than the site whose key signed it."
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "The bundle's contents do not match its signed manifest: it was damaged or changed.",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "The bundle's signature is not valid: it was changed after it was written.",
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "The check-in is dated before the approval."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The city is too long (at most 80 characters)."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The closing date cannot be in the future."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The closing date is before the match started."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The contact date is before the match began."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The county is too long (at most 80 characters)."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The current passphrase is not right."),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "The database file is damaged and cannot be read. Nothing was changed. Run "
        "'peerdesk check' and restore from a backup.",
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "The date cannot be in the future."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The date is after the mentor exited."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The date is before the approval."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The date is before the goal's last change."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The date is before the mentor's current status."),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "The date is before the participant entered the current phase."
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "The date is before the participant entered this phase."),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "The date is before the participant's current status date."
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "The date is before the referral's last status date."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The date is before the signed agreement."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The date must be after the date of birth."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The date of birth cannot be in the future."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The date of birth is before 1900."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The date of birth must be before the status date."),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "The decision cannot be dated before the selection steps."
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "The demo date cannot be in the future."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The demo date must be in the year 2000 or later."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The DOC number is 1 to 20 letters, digits or dashes."),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "The drive is read-only (check its write-protect switch, or ask IT how it is "
        "mounted). Nothing was written.",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "The drive stopped answering while the file was written (was it removed?). "
        "Plug it back in and write again. Nothing was confirmed: an incomplete file "
        "left on the drive is refused on import.",
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "The duration must be a whole number of minutes."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The duration must be between 1 and 600 minutes."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The end date is before the start date."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The end of the period is before its start."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The event date is before the signature date."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The expiry date must be after the issue date."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The expiry date must be after the signature date."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The facility is too long (at most 120 characters)."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The file has column names but no rows to import."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The file is empty."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The file is empty: the first row must name the columns."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The file is larger than 100 MB; split it."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The file is not a readable Excel (.xlsx) workbook."),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "The file is not UTF-8 text. Save it as 'CSV UTF-8' and try again."
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "The file is too big for this drive's format. Use a drive formatted as exFAT "
        "or NTFS. Nothing was written.",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "The file read back from the drive is not what was written, so the drive may "
        "be failing. It was deleted; try another drive.",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "The fingerprint does not match this card, so it was not trusted. Check that "
        "the card came from that site, and read the fingerprint again together.",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "The form must state the right to revoke, and the person must have been told of it.",
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "The handoff is before the community match was proposed."),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "The handoff is before the community mentor became active."
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "The handoff is before the match started."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The housing unit is too long (at most 40 characters)."),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "The key file (keyslots.json) is damaged, so the database cannot be unlocked."
        " Restore the data folder from a backup.",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "The key file (keyslots.json) is missing from the data folder, so the "
        "database cannot be unlocked. Restore the data folder from a backup.",
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "The language is too long (at most 40 characters)."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The last active coordinator cannot be disabled."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The last active coordinator must stay coordinator."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The leaving date is before the join date."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The legal first name is required."),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "The legal first name is too long (at most 80 characters)."
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "The legal last name is required."),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "The legal last name is too long (at most 80 characters)."
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "The mentor must be active or in training."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The mentor must be active."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The mentor must be approved first."),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "The mentor preference is female, male, nonbinary or none."
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "The note cannot be empty."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The note contains control characters."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The note is too long (at most 20000 characters)."),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "The participant already has an open match with a mentor on this side."
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "The participant has not entered this milestone's phase."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The passphrase contains invisible characters."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The preferred name is too long (at most 80 characters)."),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "The proposal is dated before the mentor started training or became active.",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "The recovery code, or the user name and passphrase, do not open this backup."
        " Nothing was changed.",
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "The release date must be after the date of birth."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The revocation date is before the signature date."),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "The selection decision has been made; steps can no longer be recorded."
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "The sensitivity must be general, sensitive or sud (substance-use treatment).",
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "The site kind is 'facility' or 'office'."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The site name cannot be empty."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The site name contains control characters."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The site name is too long (at most 200 characters)."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The start date is before the match was proposed."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The start date is before the mentor became active."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The start time must be a 24-hour time such as 09:30."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The status date is before the date of birth."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The status date must be after the date of birth."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The target date is before the goal was set."),
    QT_TRANSLATE_NOOP("ServiceMessages", "These two people are already kept separate."),
    QT_TRANSLATE_NOOP("ServiceMessages", "This account is already linked to another mentor."),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "This backup file is damaged or has been changed, so it cannot be restored. "
        "Use another backup. Nothing was changed.",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "This backup was made by a newer version of peerdesk. Install the newer "
        "version to restore it. Nothing was changed.",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "This bundle has the same place in the sequence as a different bundle already"
        " imported from that site. It is refused: the sending computer may have been "
        "copied or its key stolen. Tell the program administrator.",
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "This bundle is for another site; nothing was imported."),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "This bundle is older than one already imported from that site; its changes "
        "came with the later bundle, so there is nothing to import.",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "This bundle is signed by a key that was revoked here, so it is refused."
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "This bundle is signed by a key this site does not trust. Trust the sender's "
        "key card first (if the site changed its keys, trust its new card).",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "This bundle was written by a newer version of peerdesk. It is kept aside and"
        " can be imported once peerdesk is updated here.",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "This bundle was written by this site; import it at the site it is for."
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "This card is older than the one already trusted for that site; nothing was changed.",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "This card pairs a trusted key with a different encryption key; refused."
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "This card's key already belongs to another trusted site; nothing was trusted.",
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "This conflict was already resolved."),
    QT_TRANSLATE_NOOP("ServiceMessages", "This consent does not expire on an event."),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "This consent names a peerdesk site; choose the site as the recipient."
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "This database was written by a newer version of peerdesk. It has not been "
        "changed. Install the newer version to open it.",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "This file is not a complete peerdesk bundle: it is damaged, cut short or was"
        " changed. Write the bundle again at the site it came from.",
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "This file is not a peerdesk key card, or it is damaged."),
    QT_TRANSLATE_NOOP("ServiceMessages", "This file is too large to be a peerdesk bundle."),
    QT_TRANSLATE_NOOP("ServiceMessages", "This group is no longer active."),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "This is this site's own key card; trust the other site's card instead."
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "This mentor already facilitates the group."),
    QT_TRANSLATE_NOOP("ServiceMessages", "This milestone is already recorded."),
    QT_TRANSLATE_NOOP("ServiceMessages", "This note does not need a co-signature."),
    QT_TRANSLATE_NOOP("ServiceMessages", "This note is already co-signed."),
    QT_TRANSLATE_NOOP("ServiceMessages", "This participant follows another pathway."),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "This participant has no recorded completion of the program."
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "This participant's consents name several recipients; choose one (--recipient SITE_ID).",
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "This partner does not offer that service."),
    QT_TRANSLATE_NOOP("ServiceMessages", "This partner has referrals; mark it inactive instead."),
    QT_TRANSLATE_NOOP("ServiceMessages", "This partner is inactive."),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "This passphrase is made of your user name, the site's name or program words."
        " Add a few unrelated words.",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "This passphrase is on a list of common or leaked passwords."
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "This passphrase is too easy to guess (a repeat, a sequence, a common phrase "
        "or your own name). Add a few unrelated words.",
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "This peer educator has no training recorded."),
    QT_TRANSLATE_NOOP("ServiceMessages", "This person already has a mentor record."),
    QT_TRANSLATE_NOOP("ServiceMessages", "This person is already in the group."),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "This person must be kept separate from a current member of this group."
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "This person was not on the roster of that session."),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "This site already has participants. Demo data goes into an empty site, or "
        "add it anyway with --append.",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "This site does not trust that site: trust its key card first."
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "This step cannot be dated before the application."),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "Too many backups with the same time. No backup file was written."
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "Use at least 15 characters. A few ordinary words with spaces work well."
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "Use at most 256 characters."),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "Years after closing before records are purged must be between 1 and 50."
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "You cannot disable your own account."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Your role cannot write notes of this sensitivity."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Your role cannot write substance-use treatment notes."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Choose which record to keep."),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "One of these two records is no longer on file; nothing was merged."
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "This possible duplicate was already settled."),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "A deleted record is not brought back. If the details set aside are still needed, "
        "enter them again in a current record.",
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "The restore was cancelled. Nothing was changed."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Type at most 100 characters to search."),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "The other site has imported a bundle from this site that this computer never wrote: "
        "another copy of this site may be in use. Nothing was imported. Tell the program "
        "administrator.",
    ),
)

#: Sentences with values as ``%1``, ``%2``..., context ``ServiceMessages``.
SERVICE_TEMPLATES = (
    QT_TRANSLATE_NOOP("ServiceMessages", "%1 '%2' appears twice."),
    QT_TRANSLATE_NOOP("ServiceMessages", "%1 '%2' is not one of: %3."),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "%1 already holds a peerdesk site. Restore into an empty folder, or confirm "
        "replacing it (its files are kept in a 'replaced-...' folder). Nothing was "
        "changed.",
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "%1 already holds a peerdesk site; nothing was changed."),
    QT_TRANSLATE_NOOP("ServiceMessages", "%1 cannot be empty."),
    QT_TRANSLATE_NOOP("ServiceMessages", "%1 cannot be in the future."),
    QT_TRANSLATE_NOOP("ServiceMessages", "%1 contains control characters."),
    QT_TRANSLATE_NOOP("ServiceMessages", "%1 is a folder, not a file."),
    QT_TRANSLATE_NOOP("ServiceMessages", "%1 is a folder; give a file name for the report."),
    QT_TRANSLATE_NOOP("ServiceMessages", "%1 is before the person's date of birth."),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "%1 is not a peerdesk backup (or it is incomplete). Nothing was changed."
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "%1 is required."),
    QT_TRANSLATE_NOOP("ServiceMessages", "%1 is too long (at most %2 characters)."),
    QT_TRANSLATE_NOOP("ServiceMessages", "%1 member%2 of the roster %3 no attendance mark."),
    QT_TRANSLATE_NOOP("ServiceMessages", "%1 must be between %2 and %3."),
    QT_TRANSLATE_NOOP("ServiceMessages", "%1 must be one of: %2."),
    QT_TRANSLATE_NOOP("ServiceMessages", "%1: at most 20 entries."),
    QT_TRANSLATE_NOOP("ServiceMessages", "%1: each entry is at most 40 characters."),
    QT_TRANSLATE_NOOP("ServiceMessages", "'%1' is already disabled."),
    QT_TRANSLATE_NOOP("ServiceMessages", "'%1' is disabled."),
    QT_TRANSLATE_NOOP("ServiceMessages", "'%1' is mapped twice."),
    QT_TRANSLATE_NOOP("ServiceMessages", "'%1' is not a roster field. Fields: %2."),
    QT_TRANSLATE_NOOP("ServiceMessages", "'%1' is not a screening question."),
    QT_TRANSLATE_NOOP("ServiceMessages", "'%1' is not like name=column (e.g. last_name=Surname)."),
    QT_TRANSLATE_NOOP("ServiceMessages", "A %1 %2 can only become: %3."),
    QT_TRANSLATE_NOOP("ServiceMessages", "A %1 %2 cannot change any more."),
    QT_TRANSLATE_NOOP("ServiceMessages", "A %1 match cannot become %2."),
    QT_TRANSLATE_NOOP("ServiceMessages", "A %1 participant can only become: %2."),
    QT_TRANSLATE_NOOP("ServiceMessages", "A file named %1 is already in %2. Nothing was written."),
    QT_TRANSLATE_NOOP("ServiceMessages", "A mentor who is %1 can only become: %2."),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "Approval needs every selection step passed. Not passed yet: %1."
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "Ask for 1 to %1 participants."),
    QT_TRANSLATE_NOOP("ServiceMessages", "At most 20 entries for %1."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Cannot sort by %1."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Cannot write to the folder %1: permission denied."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Could not write %1: %2."),
    QT_TRANSLATE_NOOP("ServiceMessages", "DOC number %1 already belongs to another participant."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Give a level for every domain; missing: %1."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Give the reason for the %1 decision."),
    QT_TRANSLATE_NOOP("ServiceMessages", "No other site with id %1 is known here."),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "No peerdesk site in %1 yet. Run 'peerdesk init' or start the application to set one up.",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "peerdesk cannot write its data folder %1: %2. Ask IT for write access to it,"
        " or start peerdesk with --data-dir pointing to a folder you can write.",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "peerdesk cannot write to %1: it is read-only or you may not write there. "
        "Choose another folder. %2",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "peerdesk is open on %1. Close it first. Nothing was changed."
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "peerdesk may not write to %1. Choose another folder or drive. Nothing was written.",
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "Phases must follow the order: %1."),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "Several participants have DOC number %1; ask a coordinator."
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "The amount must be more than 0 and at most %1 dollars."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The bundle file cannot be read (%1)."),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "The bundle holds a record this site cannot accept (%1); nothing was "
        "imported. Tell the site that wrote it.",
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "The card cannot be written to %1: %2."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The checkpoint must be one of: %1 days."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The column '%1' appears more than once."),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "The drive holding %1 stopped responding or was removed. Check the drive and try again. %2",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "The drive is full: the file needs %1 MB; free at least %2 MB and try again. "
        "Nothing was written.",
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "The file %1 cannot be read: %2."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The file cannot be read as CSV from line %1 on."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The file has more than %1 rows; split it."),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "The file has no column named %1. Check the first row, or say which column to"
        " use with --map name=column.",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "The folder %1 does not exist or is not reachable. No backup file was written.",
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "The folder %1 does not exist."),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "The folder %1 is not there. Plug the drive in (or choose another folder) and"
        " try again. Nothing was written.",
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "The key file (keyslots.json) cannot be read: %1."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The level for %1 must be 0, 1, 2 or 3."),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "The mentor has %1 open matches; capacity cannot be lower."
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "The mentor is at capacity (%1 mentees at once)."),
    QT_TRANSLATE_NOOP("ServiceMessages", "The mentor must be %1."),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "The restore stopped halfway and the data folder holds no site now. The "
        "previous site's files are in %1: move them back into %2, or run the restore "
        "again.",
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "The user name '%1' is already taken."),
    QT_TRANSLATE_NOOP("ServiceMessages", "There is no file %1."),
    QT_TRANSLATE_NOOP("ServiceMessages", "There is no setting called '%1'."),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "There is not enough free space in %1. Free some space or choose another folder. %2",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceMessages", "This checkpoint falls due on %1; it cannot be recorded before."
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "This consent was already revoked on %1."),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "This site's key was revoked here on %1; ask the site for a new card. Nothing was trusted.",
    ),
    QT_TRANSLATE_NOOP("ServiceMessages", "Unknown role '%1'. Choose one of: %2."),
    QT_TRANSLATE_NOOP("ServiceMessages", "Writing to %1 failed (%2). %3"),
    QT_TRANSLATE_NOOP(
        "ServiceMessages",
        "Writing to %1 failed (%2). Nothing usable was written; try again or use another drive.",
    ),
)

#: Field names put into templates, context ``ServiceLabels``.
SERVICE_LABELS = (
    QT_TRANSLATE_NOOP("ServiceLabels", "A milestone"),
    QT_TRANSLATE_NOOP("ServiceLabels", "A phase name"),
    QT_TRANSLATE_NOOP("ServiceLabels", "An alias"),
    QT_TRANSLATE_NOOP("ServiceLabels", "An answer"),
    QT_TRANSLATE_NOOP("ServiceLabels", "Automatic backups kept"),
    QT_TRANSLATE_NOOP("ServiceLabels", "Days before a certification expires"),
    QT_TRANSLATE_NOOP("ServiceLabels", "Days before release to check readiness"),
    QT_TRANSLATE_NOOP("ServiceLabels", "Days without a contact before an alert"),
    QT_TRANSLATE_NOOP("ServiceLabels", "Gender"),
    QT_TRANSLATE_NOOP("ServiceLabels", "Gender identity"),
    QT_TRANSLATE_NOOP("ServiceLabels", "goal"),
    QT_TRANSLATE_NOOP("ServiceLabels", "has"),
    QT_TRANSLATE_NOOP("ServiceLabels", "have"),
    QT_TRANSLATE_NOOP("ServiceLabels", "Interests"),
    QT_TRANSLATE_NOOP("ServiceLabels", "Languages"),
    QT_TRANSLATE_NOOP("ServiceLabels", "Lived experience"),
    QT_TRANSLATE_NOOP("ServiceLabels", "Minutes without input before the window locks"),
    QT_TRANSLATE_NOOP("ServiceLabels", "referral"),
    QT_TRANSLATE_NOOP("ServiceLabels", "The absence reason"),
    QT_TRANSLATE_NOOP("ServiceLabels", "The address"),
    QT_TRANSLATE_NOOP("ServiceLabels", "The agreement date"),
    QT_TRANSLATE_NOOP("ServiceLabels", "The assessment date"),
    QT_TRANSLATE_NOOP("ServiceLabels", "The attendance"),
    QT_TRANSLATE_NOOP("ServiceLabels", "The award date"),
    QT_TRANSLATE_NOOP("ServiceLabels", "The certification"),
    QT_TRANSLATE_NOOP("ServiceLabels", "The city"),
    QT_TRANSLATE_NOOP("ServiceLabels", "The closing reason"),
    QT_TRANSLATE_NOOP("ServiceLabels", "The contact date"),
    QT_TRANSLATE_NOOP("ServiceLabels", "The contact mode"),
    QT_TRANSLATE_NOOP("ServiceLabels", "The contact name"),
    QT_TRANSLATE_NOOP("ServiceLabels", "The county"),
    QT_TRANSLATE_NOOP("ServiceLabels", "The course"),
    QT_TRANSLATE_NOOP("ServiceLabels", "The curriculum"),
    QT_TRANSLATE_NOOP("ServiceLabels", "The date"),
    QT_TRANSLATE_NOOP("ServiceLabels", "The date of birth"),
    QT_TRANSLATE_NOOP("ServiceLabels", "The date of the event"),
    QT_TRANSLATE_NOOP("ServiceLabels", "The date recorded"),
    QT_TRANSLATE_NOOP("ServiceLabels", "The decision"),
    QT_TRANSLATE_NOOP("ServiceLabels", "The description"),
    QT_TRANSLATE_NOOP("ServiceLabels", "The domain"),
    QT_TRANSLATE_NOOP("ServiceLabels", "The employment outcome"),
    QT_TRANSLATE_NOOP("ServiceLabels", "The expiry event"),
    QT_TRANSLATE_NOOP("ServiceLabels", "The facility"),
    QT_TRANSLATE_NOOP("ServiceLabels", "The first name"),
    QT_TRANSLATE_NOOP("ServiceLabels", "The goal"),
    QT_TRANSLATE_NOOP("ServiceLabels", "The goal status"),
    QT_TRANSLATE_NOOP("ServiceLabels", "The group name"),
    QT_TRANSLATE_NOOP("ServiceLabels", "The housing outcome"),
    QT_TRANSLATE_NOOP("ServiceLabels", "The housing unit"),
    QT_TRANSLATE_NOOP("ServiceLabels", "The information to disclose"),
    QT_TRANSLATE_NOOP("ServiceLabels", "The issue date"),
    QT_TRANSLATE_NOOP("ServiceLabels", "The join date"),
    QT_TRANSLATE_NOOP("ServiceLabels", "The kind of incentive"),
    QT_TRANSLATE_NOOP("ServiceLabels", "The kind of person"),
    QT_TRANSLATE_NOOP("ServiceLabels", "The language"),
    QT_TRANSLATE_NOOP("ServiceLabels", "The last name"),
    QT_TRANSLATE_NOOP("ServiceLabels", "The leaving date"),
    QT_TRANSLATE_NOOP("ServiceLabels", "The legal first name"),
    QT_TRANSLATE_NOOP("ServiceLabels", "The legal last name"),
    QT_TRANSLATE_NOOP("ServiceLabels", "The location"),
    QT_TRANSLATE_NOOP("ServiceLabels", "The milestone"),
    QT_TRANSLATE_NOOP("ServiceLabels", "The module"),
    QT_TRANSLATE_NOOP("ServiceLabels", "The need domain"),
    QT_TRANSLATE_NOOP("ServiceLabels", "The note"),
    QT_TRANSLATE_NOOP("ServiceLabels", "The organization"),
    QT_TRANSLATE_NOOP("ServiceLabels", "The pathway name"),
    QT_TRANSLATE_NOOP("ServiceLabels", "The phase"),
    QT_TRANSLATE_NOOP("ServiceLabels", "The phase kind"),
    QT_TRANSLATE_NOOP("ServiceLabels", "The phone number"),
    QT_TRANSLATE_NOOP("ServiceLabels", "The preferred name"),
    QT_TRANSLATE_NOOP("ServiceLabels", "The purpose"),
    QT_TRANSLATE_NOOP("ServiceLabels", "The reason"),
    QT_TRANSLATE_NOOP("ServiceLabels", "The recipient"),
    QT_TRANSLATE_NOOP("ServiceLabels", "The referral date"),
    QT_TRANSLATE_NOOP("ServiceLabels", "The referral status"),
    QT_TRANSLATE_NOOP("ServiceLabels", "The remark"),
    QT_TRANSLATE_NOOP("ServiceLabels", "The result"),
    QT_TRANSLATE_NOOP("ServiceLabels", "The revocation date"),
    QT_TRANSLATE_NOOP("ServiceLabels", "The screening date"),
    QT_TRANSLATE_NOOP("ServiceLabels", "The service type"),
    QT_TRANSLATE_NOOP("ServiceLabels", "The session date"),
    QT_TRANSLATE_NOOP("ServiceLabels", "The side"),
    QT_TRANSLATE_NOOP("ServiceLabels", "The signature date"),
    QT_TRANSLATE_NOOP("ServiceLabels", "The site name"),
    QT_TRANSLATE_NOOP("ServiceLabels", "The status"),
    QT_TRANSLATE_NOOP("ServiceLabels", "The step"),
    QT_TRANSLATE_NOOP("ServiceLabels", "The summary"),
    QT_TRANSLATE_NOOP("ServiceLabels", "The supervisor"),
    QT_TRANSLATE_NOOP("ServiceLabels", "Who may disclose"),
    QT_TRANSLATE_NOOP("ServiceLabels", "Years after closing before records are purged"),
)
