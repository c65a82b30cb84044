# Attribution rules: Dutch.
[verb-aux]
heeft
hebben
had
hadden
ook

[verbs]
zei
zeiden
zegt
zeggen
meldde
meldden
meldt
melden
verklaarde
verklaarden
liet\s+weten
lieten\s+weten
bevestigde
bevestigden
rapporteerde
schreef
twitterde
heeft\s+gezegd
heeft\s+bevestigd
aldus
meldt\s+\p{L}+

[tails]
op\s+(?:Twitter|X|Facebook|Telegram)
in\s+een\s+verklaring
(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)(?:avond|ochtend)?

[according]
volgens
naar\s+verluidt\s+van
onder\s+verwijzing\s+naar
citerend

[citing]
onder\s+verwijzing\s+naar

[source-nouns]
bronn?en?\b
bron\b
woordvoerder\b
politie\b
leger\b
militair\w*\b
autoriteiten\b
ministerie\b
getuigen?\b

[strip]
de
het
een

[keep-the]
Volkskrant
Telegraaf

[pronouns]
hij
zij
ze

[speculation]
zou(?:den)?
kan\s+zijn
kunnen\s+zijn
misschien
mogelijk
waarschijnlijk
vermoedelijk
blijkbaar
lijkt
lijken
het\s+is\s+onduidelijk
onduidelijk

[not-speculation]
x{9}

[opinion]
abonneer
meld\s+je\s+aan
lees\s+ook
klik\s+hier

[np-stop]
is
zijn
werd
werden
was
waren
heeft
hebben
vielen

[conjunctions]
maar
en
terwijl
