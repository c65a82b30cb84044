# Figure lexicon: German (format: see en.lex). Closed compounds ("einundzwanzig") are segmented.
[numbers]
null = 0
ein = 1
eins = 1
eine = 1
einer = 1
einem = 1
einen = 1
zwei = 2
zwo = 2
drei = 3
vier = 4
fünf = 5
sechs = 6
sieben = 7
acht = 8
neun = 9
zehn = 10
elf = 11
zwölf = 12
dreizehn = 13
vierzehn = 14
fünfzehn = 15
sechzehn = 16
siebzehn = 17
achtzehn = 18
neunzehn = 19
zwanzig = 20
dreißig = 30
dreissig = 30
vierzig = 40
fünfzig = 50
sechzig = 60
siebzig = 70
achtzig = 80
neunzig = 90

[scales]
hundert = 100
tausend = 1000
million = 1000000
millionen = 1000000

[connectors]
und

[range]
bis
oder

[between]
zwischen

[hedges]
mindestens = min
wenigstens = min
mehr als = more
über = more
weniger als = less
bis zu = upto
etwa = approx
rund = approx
ungefähr = approx
fast = approx
knapp = approx
annähernd = approx

[vague]
beide = 2 2
dutzende = 24 - approx
dutzende von = 24 - approx
hunderte = 200 - approx
tausende = 2000 - approx
mehrere = 3 - approx
einige = 2 - approx

[after]
tote = killed
toten = killed
getötet = killed
getötete = killed
starben = killed
ums leben = killed
kamen ums leben = killed
erschossen = killed
todesopfer = killed
verletzte = injured
verletzten = injured
verletzt = injured
verwundet = injured
verwundete = injured
schwerverletzte = injured
leichtverletzte = injured
festgenommen = arrested
verhaftet = arrested
vermisst = missing
vermisste = missing
entführt = kidnapped
opfer = killed injured

[before]
tötete = killed
töteten = killed
verletzte = injured
nahm = arrested
nahmen = arrested
entführten = kidnapped

[singular-aux]
wurde
ist

[singular]
wurde getötet = killed
wurde erschossen = killed
starb = killed
ist gestorben = killed
kam ums leben = killed
wurde verletzt = injured
wurde schwer verletzt = injured
wurde festgenommen = arrested
wurde entführt = kidnapped

[aux]
wurden
sind
waren
worden
schwer
leicht
lebensgefährlich
auch
die
dabei
mindestens

[negative]
weder tote noch verletzte = killed injured
weder verletzte noch tote = killed injured
keine toten oder verletzten = killed injured
keine verletzten = injured
keine toten = killed
keine opfer = killed injured
niemand wurde verletzt = killed injured
niemand wurde getötet = killed
es gab keine verletzten = injured
ohne verletzte = injured

[neg-subject]
niemand

[neg-determiner]
keine
keinen
ohne

[neg-particle]
nicht

[neg-any]
zu

[casualty-nouns]
verletzte = injured
verletzten = injured
tote = killed
toten = killed
opfer = killed injured
todesopfer = killed

[both]
verletzt

[hedge-cues]
scheint
scheinen
offenbar
wahrscheinlich
vermutlich
soll
sollen

[persons]
menschen = Mensch
personen = Person
person = Person
männer = Mann
mann = Mann
frauen = Frau
frau = Frau
kinder = Kind
kind = Kind
zivilisten = Zivilist
soldaten = Soldat
polizisten = Polizist
kämpfer = Kämpfer
anhänger = Anhänger
demonstranten = Demonstrant
amerikaner = Amerikaner
amerikanischen = Amerikaner
andere = Person
weitere = Person

[plural-subjects]
sie
alle

[units]
jahre
jahren
jahr
tage
tagen
wochen
monate
monaten
stunden
minuten
mal
kilometer
km
meter
euro
dollar
prozent
uhr

[coordinators]
oder
und
noch

[breaks]
nach
vor
seit
als
während
in
im
am
laut
durch
mit
für

[weapons]
rakete = rocket
raketen = rocket
katjuscha-raketen = Katyusha rocket
katjuscharaketen = Katyusha rocket
mörsergranaten = mortar shell
mörsergranate = mortar shell
granaten = shell
mörser = mortar
bombe = bomb
bomben = bomb
autobombe = car bomb
handgranate = grenade
handgranaten = grenade
drohne = drone
drohnen = drone
geschosse = projectile
geschoss = projectile
waffen = weapon

[weapon-modifiers]
katjuscha = Katyusha
katyusha = Katyusha
grad = Grad

[weapon-blockers]
angriffe
angriffen
angriff
raketenangriffe

[months]
januar
jänner
februar
märz
april
mai
juni
juli
august
september
oktober
november
dezember

[time-words]
uhr

[currency]
euro
dollar

[passive-aux]
wurde
wurden
worden
sind

[correlatives]
beide
