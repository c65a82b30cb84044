# Attribution rules: French.
[verb-aux]
a
ont
avait
avaient
aussi
également
encore

[verbs]
a\s+(?:déclaré|indiqué|affirmé|annoncé|précisé|rapporté|expliqué|ajouté|confirmé|dit|souligné|assuré)
ont\s+(?:déclaré|indiqué|affirmé|annoncé|précisé|rapporté|expliqué|ajouté|confirmé|dit|souligné|assuré)
déclaré
indiqué
affirmé
annoncé
précisé
rapporté
ajouté
confirmé
dit
déclare
indique
affirme
annonce
précise
rapporte
ajoute
confirme
selon\s+\p{L}+
rapportent
indiquent
ont\s+ajouté
ont\s+précisé
a\s+écrit
a\s+tweeté

[tails]
sur\s+(?:Twitter|X|Facebook|Telegram)
en\s+arabe
dans\s+un\s+communiqué
à\s+l['’]AFP
(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?:\s+soir|\s+matin)?

[according]
selon
d['’]après
de\s+source
citant
cité\s+par

[citing]
citant

[source-nouns]
sources?\b
responsables?\b
porte-parole\b
police\b
armée\b
militaire\b
commandement\b
autorités\b
ministère\b
témoins?\b

[strip]
le
la
les
l['’]
un
une
des
The

[keep-the]
Monde
Figaro
Libération
Parisien

[pronouns]
il
elle
ils
elles

[speculation]
pourrai(?:t|ent)
pourrait
aurai(?:t|ent)\s+(?:été|pu)
aurai(?:t|ent)
serai(?:t|ent)
peut-être
probablement
sans\s+doute
il\s+est\s+possible
il\s+semble
semble(?:nt)?
vraisemblablement
apparemment
incertain
on\s+ignore
il\s+n['’]est\s+pas\s+exclu

[not-speculation]
x{9}

[opinion]
abonnez-vous
inscrivez-vous
notre\s+sélection\s+d['’]articles
lire\s+aussi
à\s+lire\s+aussi
cliquez\s+ici
nous\s+nous\s+engageons

[np-stop]
a
ont
est
sont
était
étaient
il

[conjunctions]
mais
et
alors
tandis
