# Figure lexicon: Italian (format: see en.lex). Closed compounds ("ventitré") are segmented.
[numbers]
zero = 0
uno = 1
una = 1
un = 1
due = 2
tre = 3
tré = 3
quattro = 4
cinque = 5
sei = 6
sette = 7
otto = 8
nove = 9
dieci = 10
undici = 11
dodici = 12
tredici = 13
quattordici = 14
quindici = 15
sedici = 16
diciassette = 17
diciotto = 18
diciannove = 19
venti = 20
vent = 20
trenta = 30
trent = 30
quaranta = 40
quarant = 40
cinquanta = 50
cinquant = 50
sessanta = 60
sessant = 60
settanta = 70
settant = 70
ottanta = 80
ottant = 80
novanta = 90
novant = 90

[scales]
cento = 100
mille = 1000
mila = 1000
milione = 1000000
milioni = 1000000

[connectors]
e

[range]
a
o

[between]
tra
fra

[hedges]
almeno = min
più di = more
oltre = more
meno di = less
fino a = upto
circa = approx
quasi = approx
una decina di = approx

[vague]
entrambi = 2 2
una decina = 10 10 approx
una decina di = 10 10 approx
decine di = 24 - approx
centinaia di = 200 - approx
migliaia di = 2000 - approx
diversi = 3 - approx
diverse = 3 - approx
alcuni = 2 - approx
parecchi = 3 - approx

[after]
morti = killed
morte = killed
morto = killed
uccisi = killed
uccise = killed
ucciso = killed
sono morti = killed
hanno perso la vita = killed
vittime = killed injured
feriti = injured
ferite = injured
ferito = injured
ferita = injured
sono rimasti feriti = injured
rimasti feriti = injured
ricoverati = injured
arrestati = arrested
arrestate = arrested
fermati = arrested
dispersi = missing
rapiti = kidnapped
sequestrati = kidnapped

[before]
uccidendo = killed
ha ucciso = killed
hanno ucciso = killed
ferendo = injured
ha ferito = injured
ha arrestato = arrested
hanno arrestato = arrested
rapito = kidnapped
causando la morte di = killed

[singular-aux]
è stato
è stata

[singular]
è stato ucciso = killed
è stata uccisa = killed
è morto = killed
è morta = killed
è rimasto ucciso = killed
è rimasto ferito = injured
è rimasta ferita = injured
è stato ferito = injured
è stata ferita = injured
è stato arrestato = arrested
è stato rapito = kidnapped

[aux]
sono
sono stati
stati
state
rimasti
rimaste
gravemente
lievemente
anche
che

[negative]
né morti né feriti = killed injured
né vittime né feriti = killed injured
né feriti né morti = killed injured
nessuna vittima = killed injured
nessun ferito = injured
nessun morto = killed
non ci sono state vittime = killed injured
non ci sono vittime = killed injured
non ci sono stati feriti = injured
senza vittime = killed injured
nessuno è rimasto ferito = killed injured
nessuno è stato ferito = killed injured

[neg-subject]
nessuno

[neg-determiner]
nessuna
nessun
senza

[neg-particle]
non

[neg-any]
stati
state

[casualty-nouns]
vittime = killed injured
vittima = killed injured
feriti = injured
morti = killed

[both]
ferito
ferita

[hedge-cues]
sembra
sembrano
apparentemente
probabilmente
sarebbe
sarebbero

[persons]
persone = persona
persona = persona
uomini = uomo
uomo = uomo
donne = donna
donna = donna
bambini = bambino
civili = civile
soldati = soldato
militari = militare
poliziotti = poliziotto
agenti = agente
combattenti = combattente
sostenitori = sostenitore
manifestanti = manifestante
americano = americano
appaltatore = appaltatore
giovani = giovane
altri = persona
altre = persona

[plural-subjects]
loro
tutti

[units]
anni
anno
giorni
giorno
settimane
mesi
ore
ora
minuti
volte
chilometri
km
metri
euro
dollari
per

[coordinators]
o
e
né

[breaks]
dopo
prima
da
quando
durante
in
secondo
con
per

[weapons]
razzo = rocket
razzi = rocket
missile = missile
missili = missile
colpi di mortaio = mortar shell
granate di mortaio = mortar shell
proiettili di mortaio = mortar shell
mortai = mortar
mortaio = mortar
bomba = bomb
bombe = bomb
autobomba = car bomb
granata = grenade
granate = grenade
drone = drone
droni = drone
proiettili = projectile
ordigni = explosive device
armi = weapon

[weapon-modifiers]
katyusha = Katyusha
katiuscia = Katyusha
grad = Grad

[weapon-blockers]
attacchi
attacco

[months]
gennaio
febbraio
marzo
aprile
maggio
giugno
luglio
agosto
settembre
ottobre
novembre
dicembre

[time-words]

[currency]
euro
dollari

[passive-aux]
stato
stati
state
sono
rimasti
rimaste

[correlatives]
entrambi
