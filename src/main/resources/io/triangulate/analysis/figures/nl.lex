# Figure lexicon: Dutch (format: see en.lex). Closed compounds ("eenentwintig") are segmented.
[numbers]
nul = 0
een = 1
één = 1
twee = 2
drie = 3
vier = 4
vijf = 5
zes = 6
zeven = 7
acht = 8
negen = 9
tien = 10
elf = 11
twaalf = 12
dertien = 13
veertien = 14
vijftien = 15
zestien = 16
zeventien = 17
achttien = 18
negentien = 19
twintig = 20
dertig = 30
veertig = 40
vijftig = 50
zestig = 60
zeventig = 70
tachtig = 80
negentig = 90

[scales]
honderd = 100
duizend = 1000
miljoen = 1000000

[connectors]
en

[range]
tot
of

[between]
tussen

[hedges]
minstens = min
ten minste = min
tenminste = min
meer dan = more
ruim = more
minder dan = less
tot = upto
ongeveer = approx
zo'n = approx
bijna = approx
circa = approx
rond = approx

[vague]
beide = 2 2
tientallen = 24 - approx
honderden = 200 - approx
duizenden = 2000 - approx
verscheidene = 3 - approx
meerdere = 3 - approx
enkele = 2 - approx

[after]
doden = killed
dode = killed
gedood = killed
omgekomen = killed
kwamen om = killed
kwamen om het leven = killed
om het leven = killed
overleden = killed
doodgeschoten = killed
gewonden = injured
gewonde = injured
gewond = injured
raakten gewond = injured
raakte gewond = injured
gearresteerd = arrested
opgepakt = arrested
aangehouden = arrested
vermist = missing
vermisten = missing
ontvoerd = kidnapped
slachtoffers = killed injured

[before]
doodde = killed
doodden = killed
verwondde = injured
arresteerde = arrested
arresteerden = arrested
ontvoerden = kidnapped

[singular-aux]
werd
is

[singular]
werd gedood = killed
werd doodgeschoten = killed
kwam om het leven = killed
is overleden = killed
overleed = killed
raakte gewond = injured
werd verwond = injured
werd gearresteerd = arrested
werd aangehouden = arrested
werd ontvoerd = kidnapped

[aux]
werden
zijn
waren
raakten
ernstig
zwaar
licht
ook
die

[negative]
geen doden of gewonden = killed injured
geen doden en geen gewonden = killed injured
geen gewonden of doden = killed injured
geen slachtoffers = killed injured
geen gewonden = injured
geen doden = killed
niemand raakte gewond = killed injured
niemand werd gewond = killed injured
niemand is gewond = killed injured
er vielen geen slachtoffers = killed injured
er vielen geen gewonden = injured
zonder slachtoffers = killed injured

[neg-subject]
niemand

[neg-determiner]
geen
zonder

[neg-particle]
niet

[neg-any]
vielen

[casualty-nouns]
slachtoffers = killed injured
slachtoffer = killed injured
gewonden = injured
doden = killed

[both]
gewond

[hedge-cues]
lijkt
lijken
blijkbaar
waarschijnlijk
zou
zouden

[persons]
mensen = mens
personen = persoon
persoon = persoon
mannen = man
man = man
vrouwen = vrouw
vrouw = vrouw
kinderen = kind
kind = kind
burgers = burger
soldaten = soldaat
militairen = militair
agenten = agent
strijders = strijder
aanhangers = aanhanger
demonstranten = demonstrant
amerikaanse = Amerikaan
amerikanen = Amerikaan
anderen = persoon

[plural-subjects]
zij
ze
allen

[units]
jaar
jaren
dagen
dag
weken
maanden
uur
uren
minuten
keer
kilometer
km
meter
euro
dollar
procent

[coordinators]
of
en
noch

[breaks]
na
voor
sinds
toen
tijdens
in
op
volgens
door
met

[weapons]
raket = rocket
raketten = rocket
katjoesja-raketten = Katyusha rocket
katjoesjaraketten = Katyusha rocket
mortiergranaten = mortar shell
mortiergranaat = mortar shell
granaten = shell
mortieren = mortar
bom = bomb
bommen = bomb
autobom = car bomb
handgranaten = grenade
drone = drone
drones = drone
projectielen = projectile
wapens = weapon

[weapon-modifiers]
katjoesja = Katyusha
katyusha = Katyusha
grad = Grad

[weapon-blockers]
aanvallen
aanval
raketaanvallen

[months]
januari
februari
maart
april
mei
juni
juli
augustus
september
oktober
november
december

[time-words]
uur

[currency]
euro
dollar

[passive-aux]
werd
werden
zijn
raakten

[correlatives]
beide
