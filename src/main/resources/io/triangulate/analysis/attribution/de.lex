# Attribution rules: German.
[verb-aux]
hat
haben
hatte
hatten
auch
zudem

[verbs]
sagte
sagten
sagt
sagen
erklärte
erklärten
teilte\s+mit
teilten\s+mit
berichtete
berichteten
berichtet
meldete
meldeten
meldet
bestätigte
bestätigten
hieß\s+es
gab\s+an
gaben\s+an
schrieb
twitterte
hat\s+gesagt
hat\s+berichtet
hat\s+bestätigt

[tails]
auf\s+(?:Twitter|X|Facebook|Telegram)
am\s+(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)(?:abend|morgen)?
der\s+Nachrichtenagentur\s+\p{L}+
in\s+einer\s+Erklärung

[according]
laut
nach\s+Angaben\s+(?:von|des|der)
nach\s+Angaben
zufolge
unter\s+Berufung\s+auf
wie\s+\p{L}+\s+berichtet

[citing]
unter\s+Berufung\s+auf

[source-nouns]
quellen?\b
sicherheitsquelle\b
sprecher(?:in)?\b
polizei\b
militär\b
armee\b
behörden?\b
ministerium\b
kommando\b
zeugen?\b

[strip]
der
die
das
den
dem
ein
eine
einer
eines

[keep-the]
Spiegel
Zeit
Welt

[pronouns]
er
sie
es

[speculation]
könnte(?:n)?
dürfte(?:n)?
möglicherweise
vielleicht
wahrscheinlich
vermutlich
offenbar
anscheinend
scheint
scheinen
es\s+ist\s+möglich
unklar
wäre(?:n)?
würde(?:n)?

[not-speculation]
x{9}

[opinion]
abonnieren
jetzt\s+anmelden
lesen\s+sie\s+auch
mehr\s+zum\s+thema
klicken\s+sie\s+hier

[np-stop]
wurde
wurden
ist
sind
war
waren
hat
haben
gab
gibt

[conjunctions]
aber
und
während
