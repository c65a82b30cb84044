# Figure lexicon: French (format: see en.lex).
[numbers]
zéro = 0
un = 1
une = 1
deux = 2
trois = 3
quatre = 4
cinq = 5
six = 6
sept = 7
huit = 8
neuf = 9
dix = 10
onze = 11
douze = 12
treize = 13
quatorze = 14
quinze = 15
seize = 16
dix-sept = 17
dix-huit = 18
dix-neuf = 19
vingt = 20
trente = 30
quarante = 40
cinquante = 50
soixante = 60
soixante-dix = 70
quatre-vingt = 80
quatre-vingts = 80
quatre-vingt-dix = 90
septante = 70
huitante = 80
octante = 80
nonante = 90

[scales]
cent = 100
cents = 100
mille = 1000
million = 1000000
millions = 1000000

[connectors]
et

[range]
à
ou

[between]
entre

[hedges]
au moins = min
pas moins de = min
plus de = more
moins de = less
jusqu'à = upto
environ = approx
près de = approx
quelque = approx
quelques = approx
une vingtaine de = approx
presque = approx

[vague]
les deux = 2 2
une dizaine = 10 10 approx
une dizaine de = 10 10 approx
une vingtaine = 20 20 approx
une vingtaine de = 20 20 approx
une douzaine de = 12 12 approx
des dizaines = 24 - approx
des dizaines de = 24 - approx
des centaines de = 200 - approx
des milliers de = 2000 - approx
plusieurs = 3 - approx
quelques = 2 - approx

[after]
tués = killed
tuées = killed
tué = killed
tuée = killed
morts = killed
mort = killed
morte = killed
mortes = killed
décédés = killed
décédé = killed
sont morts = killed
ont péri = killed
ont perdu la vie = killed
ont été tués = killed
ont été tuées = killed
victimes = killed injured
blessés = injured
blessées = injured
blessé = injured
blessée = injured
ont été blessés = injured
ont été blessées = injured
hospitalisés = injured
arrêtés = arrested
arrêtées = arrested
arrêté = arrested
interpellés = arrested
interpellé = arrested
interpellées = arrested
placés en garde à vue = arrested
disparus = missing
disparues = missing
portés disparus = missing
enlevés = kidnapped
enlevées = kidnapped
kidnappés = kidnapped
pris en otage = kidnapped

[before]
tuant = killed
a tué = killed
ont tué = killed
faisant = killed
fait = killed
blessant = injured
a blessé = injured
a arrêté = arrested
ont arrêté = arrested
ont interpellé = arrested
a interpellé = arrested
enlevant = kidnapped
a enlevé = kidnapped
ont enlevé = kidnapped
mort de = killed
la mort de = killed

[singular-aux]
a été
est

[singular]
a été tué = killed
a été tuée = killed
est mort = killed
est morte = killed
est décédé = killed
est décédée = killed
a été blessé = injured
a été blessée = injured
a été arrêté = arrested
a été interpellé = arrested
a été enlevé = kidnapped

[aux]
ont
a
été
sont
étaient
grièvement
légèrement
gravement
également
aussi
qui
ont été
dont

[negative]
ni mort ni blessé = killed injured
ni morts ni blessés = killed injured
ni mort, ni blessé = killed injured
ni victime ni blessé = killed injured
ni blessé ni mort = killed injured
aucune victime = killed injured
aucun blessé = injured
aucun mort = killed
pas de victime = killed injured
pas de victimes = killed injured
pas de blessés = injured
sans faire de victimes = killed injured
sans faire de victime = killed injured
n'a fait aucune victime = killed injured
n'ont fait aucune victime = killed injured
aucune perte = killed injured
personne n'a été blessé = killed injured
personne n'a été tué = killed

[neg-subject]
personne

[neg-determiner]
aucune
aucun
sans

[neg-particle]
pas
ne
n'

[neg-any]
de
d'

[casualty-nouns]
victime = killed injured
victimes = killed injured
blessé = injured
blessés = injured
mort = killed
morts = killed
perte = killed injured
pertes = killed injured

[both]
blessé
touché

[hedge-cues]
semble
semblent
apparemment
probablement
aurait
auraient

[persons]
personnes = personne
personne = personne
hommes = homme
homme = homme
femmes = femme
femme = femme
enfants = enfant
enfant = enfant
civils = civil
civil = civil
soldats = soldat
soldat = soldat
militaires = militaire
policiers = policier
policier = policier
victimes = victime
combattants = combattant
partisans = partisan
manifestants = manifestant
américain = Américain
américains = Américain
sous-traitant = sous-traitant
passants = passant
jeunes = jeune
autres = personne

[plural-subjects]
ils
elles
tous

[units]
ans
an
jours
jour
semaines
mois
heures
heure
minutes
fois
kilomètres
km
mètres
euros
dollars
pour
h

[coordinators]
ou
et
ni

[breaks]
après
avant
depuis
lorsque
pendant
dans
en
sur
selon
par
avec
pour
autres
de plus

[weapons]
roquette = rocket
roquettes = rocket
missile = missile
missiles = missile
obus de mortier = mortar shell
obus = shell
mortiers = mortar
mortier = mortar
bombe = bomb
bombes = bomb
voiture piégée = car bomb
grenade = grenade
grenades = grenade
drone = drone
drones = drone
projectile = projectile
projectiles = projectile
engin explosif = explosive device
engins explosifs = explosive device
roquettes katioucha = Katyusha rocket
roquettes katyusha = Katyusha rocket
armes = weapon
arme = weapon
fusils = rifle
pistolets = pistol

[weapon-modifiers]
katioucha = Katyusha
katyusha = Katyusha
grad = Grad
de mortier = mortar
sol-air = surface-to-air
balistiques = ballistic

[weapon-blockers]
attaques
attaque
tirs
tir

[months]
janvier
février
mars
avril
mai
juin
juillet
août
septembre
octobre
novembre
décembre

[time-words]
h

[currency]
euros
dollars

[passive-aux]
été
est
sont
étaient

[correlatives]
les
