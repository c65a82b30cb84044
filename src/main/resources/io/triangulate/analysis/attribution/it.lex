# Attribution rules: Italian.
[verb-aux]
ha
hanno
aveva
avevano
anche

[verbs]
ha\s+(?:detto|dichiarato|affermato|riferito|spiegato|aggiunto|confermato|annunciato|precisato|scritto)
hanno\s+(?:detto|dichiarato|affermato|riferito|spiegato|aggiunto|confermato|annunciato|precisato|scritto)
detto
dichiarato
affermato
riferito
aggiunto
confermato
annunciato
dice
dicono
riferisce
riferiscono
riporta
riportano
fa\s+sapere
fanno\s+sapere

[tails]
su\s+(?:Twitter|X|Facebook|Telegram)
in\s+(?:arabo|una\s+nota|un\s+comunicato)
(?:lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica)

[according]
secondo
stando\s+a
citando
come\s+riferito\s+da
a\s+quanto\s+riferito\s+da

[citing]
citando

[source-nouns]
fonti?\b
funzionari[oi]?\b
portavoce\b
polizia\b
esercito\b
militari?\b
comando\b
autorità\b
ministero\b
testimoni?\b

[strip]
il
lo
la
i
gli
le
l['’]
un
uno
una
un['’]

[keep-the]
Corriere
Repubblica
Stampa

[pronouns]
lui
lei
loro

[speculation]
potrebbe(?:ro)?
avrebbe(?:ro)?
sarebbe(?:ro)?
forse
probabilmente
possibilmente
è\s+possibile
sembra(?:no)?
pare
apparentemente
non\s+è\s+chiaro

[not-speculation]
x{9}

[opinion]
iscriviti
abbonati
leggi\s+anche
clicca\s+qui

[np-stop]
è
sono
era
erano
ha
hanno

[conjunctions]
ma
e
mentre
