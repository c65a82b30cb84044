# Figure lexicon: English.
# Format: [section] then one entry a line, "phrase" or "phrase = value". Phrases are matched on
# lower-cased tokens (words, digit groups, single punctuation marks), longest first.
#   numbers / scales       word = value
#   connectors             words joining number words ("one hundred and five") and counted groups
#   articles               a/an: one, when a person or a weapon follows
#   range, between         "3 to 5", "between 3 and 5"
#   hedges                 phrase = min | more | less | upto | approx
#   vague                  phrase = min max [approx]   ("-" for open)
#   after                  casualty words after the counted group: phrase = kind [weak]
#                          (weak: "shot", people hit who may or may not have died)
#   before                 verbs before the count ("killing 6"): phrase = kind [weak]
#   singular-aux           "was": a passive without a number counts one
#   singular               self-contained phrases counting one ("suffered a gunshot wound")
#   aux                    words allowed between the group and the casualty word
#   negative               whole negative phrases = kinds read as 0
#   neg-subject            "no one", "nobody" + aux + casualty word
#   neg-determiner         "no" + casualty noun; neg-particle + neg-any ("not ... any casualties")
#   casualty-nouns         noun = kinds
#   both                   casualty words meaning killed and injured alike ("hurt")
#   hedge-cues             words that make a negative sentence hedged
#   persons                noun = singular
#   plural-subjects        subjects before "died" that are not one person
#   units                  nouns after a number that make it not a count (years, times, blocks)
#   breaks                 words ending a counted group
#   coordinators           "or", "and" joining casualty words under one negation ("nobody was killed or hurt")
#   particles              words after a casualty word that make another verb of it ("shot down")
#   weapons                noun(s) = canonical singular; weapon-modifiers = canonical; weapon-blockers
#   months, time-words, currency   context that makes digits not a count

[numbers]
zero = 0
one = 1
two = 2
three = 3
four = 4
five = 5
six = 6
seven = 7
eight = 8
nine = 9
ten = 10
eleven = 11
twelve = 12
thirteen = 13
fourteen = 14
fifteen = 15
sixteen = 16
seventeen = 17
eighteen = 18
nineteen = 19
twenty = 20
thirty = 30
forty = 40
fourty = 40
fifty = 50
sixty = 60
seventy = 70
eighty = 80
ninety = 90

[scales]
hundred = 100
thousand = 1000
million = 1000000
billion = 1000000000

[connectors]
and

[articles]
a
an
another
his
her
their

[range]
to
or

[between]
between

[hedges]
at least = min
no fewer than = min
no less than = min
a minimum of = min
more than = more
over = more
upwards of = more
less than = less
fewer than = less
under = less
up to = upto
as many as = upto
at most = upto
about = approx
around = approx
approximately = approx
roughly = approx
nearly = approx
almost = approx
some = approx
an estimated = approx
estimated = approx
close to = approx

[vague]
both = 2 2
parents = 2 2
twins = 2 2
himself = 1 1
herself = 1 1
self = 1 1
a couple of = 2 2 approx
a pair of = 2 2
a dozen = 12 12 approx
dozens = 24 - approx
dozens of = 24 - approx
scores of = 40 - approx
hundreds = 200 - approx
hundreds of = 200 - approx
thousands = 2000 - approx
thousands of = 2000 - approx
several = 3 - approx
a few = 2 - approx
a number of = 2 - approx
multiple = 2 - approx
numerous = 3 - approx
many = 3 - approx

[after]
killed = killed
dead = killed
died = killed
have died = killed
deaths = killed
fatalities = killed
fatally = killed
fatally shot = killed
fatally wounded = killed
fatally injured = killed
fatally stabbed = killed
shot dead = killed
shot to death = killed
shot and killed = killed
shot , killed = killed
shot , wounded = injured
gunned down = killed
murdered = killed
slain = killed
found dead = killed
bodies = killed
pronounced dead = killed
lost their lives = killed
lost his life = killed
lost her life = killed
perished = killed
wounded = injured
injured = injured
hurt = injured
hospitalized = injured
hospitalised = injured
taken to the hospital = injured
taken to a hospital = injured
taken to hospital = injured
taken to hospitals = injured
taken to area hospitals = injured
taken to local hospitals = injured
taken to a local hospital = injured
taken to an area hospital = injured
transported to the hospital = injured
transported to a hospital = injured
transported to hospital = injured
transported to hospitals = injured
transported to area hospitals = injured
transported to local hospitals = injured
transported to a local hospital = injured
transported to an area hospital = injured
rushed to a hospital = injured
rushed to hospital = injured
rushed to area hospitals = injured
rushed to the hospital = injured
sent to the hospital = injured
sent to a hospital = injured
to the hospital = injured
to a hospital = injured
to hospital = injured
to area hospitals = injured
to local hospitals = injured
to a local hospital = injured
to an area hospital = injured
hit in the = injured weak
injuries = injured
shot and wounded = injured
shot and injured = injured
grazed = injured
treated and released = injured
treated and discharged = injured
shot and seriously wounded = injured
shot and seriously injured = injured
shot and critically wounded = injured
shot and critically injured = injured
shot and severely wounded = injured
shot and severely injured = injured
shot and badly wounded = injured
shot and badly injured = injured
shot = injured weak
struck = injured weak
hit by gunfire = injured weak
hit by a bullet = injured weak
hit by bullets = injured weak
hit by a stray bullet = injured weak
hit by stray bullet = injured weak
hit by stray bullets = injured weak
hit by a falling bullet = injured weak
hit by falling bullet = injured weak
struck by a bullet = injured weak
struck by a stray bullet = injured weak
struck by stray bullet = injured weak
struck by gunfire = injured weak
grazed by a bullet = injured
grazed by bullet = injured
grazed by a stray bullet = injured
in hospital = injured weak
in the hospital = injured weak
dies = killed
passed away = killed
mortally wounded = killed
fatal injuries = killed
fatal wounds = killed
fatal gunshot wounds = killed
fatal gunshot wound = killed
pronounced clinically dead = killed
declared dead = killed
declared clinically dead = killed
declared brain dead = killed
declared brain-dead = killed
brain dead = killed
brain-dead = killed
taken off life support = killed
recovering after being shot = injured
survives being shot = injured
survived being shot = injured
survives shooting = injured
survived shooting = injured
stable after = injured
critical after = injured
airlifted = injured weak
with a gunshot wound = injured
with a fatal gunshot wound = killed
with fatal gunshot wound = killed
with fatal gunshot wounds = killed
with gunshot wounds = injured
with a graze wound = injured
recovering from gunshot wounds = injured
recovering from a gunshot wound = injured
in critical condition = injured
in serious condition = injured
in stable condition = injured
in critical but stable condition = injured
in a coma = injured
in coma = injured
in a medically induced coma = injured
in intensive care = injured
in fair condition = injured
in good condition = injured
arrested = arrested
detained = arrested
taken into custody = arrested
in custody = arrested
booked = arrested
apprehended = arrested
missing = missing
unaccounted for = missing
kidnapped = kidnapped
abducted = kidnapped
taken hostage = kidnapped
held hostage = kidnapped

[before]
killing = killed
turning the gun on = killed
turned the gun on = killed
turns the gun on = killed
massacred = killed
massacring = killed
gunned down = killed
gunning down = killed
mortally wounded = killed
mortally wounding = killed
fatally wounding = killed
fatally wounded = killed
shot and fatally wounded = killed
shot and mortally wounded = killed
fatally injuring = killed
fatally injured = killed
shot dead = killed
shot to death = killed
killed = killed
kills = killed
kill = killed
shot and killed = killed
shooting and killing = killed
fatally shot = killed
fatally shooting = killed
murdering = killed
murdered = killed
claimed the lives of = killed
took the life of = killed
took the lives of = killed
the death of = killed
deaths of = killed
killings of = killed
slayings of = killed
the slayings of = killed
murders of = killed
fatal shootings of = killed
the fatal shootings of = killed
shooting deaths of = killed
the shooting deaths of = killed
the deaths of = killed
the killing of = killed
the killings of = killed
the murder of = killed
the murders of = killed
left dead = killed
wounding = injured
wounded = injured
injuring = injured
injured = injured
shot and wounded = injured
shot and injured = injured
shooting and wounding = injured
shooting and injuring = injured
shot = injured weak
shooting = injured weak
shootings of = injured weak
the shootings of = injured weak
the shooting of = injured weak
shooting of = injured weak
shooting injury of = injured
wounding of = injured
the wounding of = injured
grazing = injured
grazed = injured
killing of = killed
slaying of = killed
murder of = killed
death of = killed
arrested = arrested
shoots = injured weak
hitting = injured weak
gunfire struck = injured weak
gunfire hit = injured weak
bullets struck = injured weak
bullet struck = injured weak
striking = injured weak
shoots , wounds = injured
shoots and wounds = injured
shoots , injures = injured
shoots and injures = injured
shoots , kills = killed
shoots and kills = killed
fatally shoots = killed
wounds = injured
injures = injured
hospitalizes = injured
hospitalizing = injured
arresting = arrested
detained = arrested
detaining = arrested
kidnapped = kidnapped
kidnapping = kidnapped
abducted = kidnapped
abducting = kidnapped

[singular-aux]
was
has been
had been
is
got
gets

[singular]
suffered a gunshot wound = injured
suffered gunshot wounds = injured
suffered a gunshot wound to = injured
sustained a gunshot wound = injured
sustained gunshot wounds = injured
suffered a non-life-threatening gunshot wound = injured
died = killed
later died = killed
succumbed to his injuries = killed
succumbed to her injuries = killed
succumbed to his wounds = killed
succumbed to her wounds = killed

[aux]
was
still
accidentally
found
were
have
has
had
been
be
being
is
are
got
get
all
also
later
reportedly
allegedly
critically
seriously
gravely
badly
severely
slightly
mortally
who
that
both
each
apparently
subsequently
eventually
then

[negative]
no casualties = killed injured
no one hurt = killed injured
nobody hurt = killed injured
no injuries = injured
no injuries reported = injured
no deaths = killed
without casualties = killed injured
no one was shot = killed injured
no other injuries = injured

[neg-subject]
no one
no other
no-one
nobody
none
noone
none of them
none of the
none of its
none of their
none of his
none of her
none of our
none of those
none of these
not one

[neg-determiner]
no
without

[neg-particle]
not
never

[neg-any]
any

[casualty-nouns]
casualties = killed injured
casualty = killed injured
injuries = injured
injury = injured
deaths = killed
death = killed
fatalities = killed
fatality = killed
victims = killed injured
dead = killed
wounded = injured
injured = injured

[both]
hurt
harmed
shot
struck

[hedge-cues]
appear
appears
appeared
seem
seems
seemed
apparently
likely
may
might
reportedly

[persons]
people = person
person = person
persons = person
man = man
men = man
woman = woman
women = woman
boy = boy
boys = boy
girl = girl
girls = girl
child = child
children = child
kid = child
kids = child
teen = teenager
teens = teenager
teenager = teenager
teenagers = teenager
toddler = toddler
baby = baby
infant = infant
adult = adult
adults = adult
victim = victim
victims = victim
others = person
other = person
civilian = civilian
civilians = civilian
soldier = soldier
soldiers = soldier
troops = soldier
officer = officer
officers = officer
policeman = police officer
policemen = police officer
deputy = deputy
deputies = deputy
trooper = trooper
agent = agent
guard = guard
guards = guard
student = student
students = student
suspect = suspect
suspects = suspect
gunman = gunman
gunmen = gunman
shooter = shooter
fighter = fighter
fighters = fighter
militant = militant
militants = militant
protester = protester
protesters = protester
protestors = protester
demonstrators = demonstrator
supporters = supporter
worker = worker
workers = worker
contractor = contractor
contractors = contractor
subcontractor = subcontractor
subcontractors = subcontractor
resident = resident
residents = resident
bystander = bystander
bystanders = bystander
uncle = uncle
uncles = uncle
aunt = aunt
aunts = aunt
grandson = grandson
granddaughter = granddaughter
grandchild = grandchild
grandchildren = grandchild
stepson = stepson
stepdaughter = stepdaughter
stepfather = stepfather
stepmother = stepmother
fiance = fiance
fiancee = fiancee
spouse = spouse
partner = partner
sibling = sibling
siblings = sibling
burglar = burglar
burglars = burglar
intruder = intruder
intruders = intruder
robbery suspect = robbery suspect
classmate = classmate
classmates = classmate
playmate = playmate
playmates = playmate
customer = customer
customers = customer
relative = relative
relatives = relative
brother = brother
brothers = brother
sister = sister
sisters = sister
son = son
sons = son
daughter = daughter
daughters = daughter
father = father
mother = mother
wife = wife
husband = husband
friend = friend
friends = friend
family members = family member
neighbor = neighbor
neighbour = neighbor
neighbours = neighbor
neighbors = neighbor
driver = driver
passenger = passenger
passengers = passenger
rider = rider
motorcyclist = motorcyclist
girlfriend = girlfriend
boyfriend = boyfriend
ex-wife = ex-wife
ex-girlfriend = ex-girlfriend
nephew = nephew
niece = niece
cousin = cousin
grandmother = grandmother
grandfather = grandfather
companions = companion
clerk = clerk
owner = owner
homeowner = homeowner
roommate = roommate
teenage = teenager
juvenile = juvenile
juveniles = juvenile
male = male
males = male
female = female
females = female
individual = individual
individuals = individual
youth = youth
youths = youth
americans = American
american = American
iraqis = Iraqi
iraqi = Iraqi
diplomats = diplomat
pilgrims = pilgrim
hostages = hostage
patients = patient
teachers = teacher
inmates = inmate
them = person

[plural-subjects]
they
both
all
many
several
others
we

[units]
years
year
yr
yrs
days
day
weeks
week
months
month
hours
hour
minutes
minute
seconds
times
time
shots
rounds
round
bullets
miles
mile
kilometers
km
feet
foot
yards
meters
block
blocks
counts
count
percent
per
pounds
inches
cents
dollars
grams
degrees
points
votes
caliber
mm
p.m
a.m
pm
am
o'clock
th
st
nd
rd
games
cases
charges
people's
stories
floors

[particles]
down

[coordinators]
or
and
nor

[breaks]
after
before
since
when
while
because
during
in
on
at
from
by
with
for
into
than
other
else
further
additional
more
new
said
say
says
police
according
this
last
as
near

[weapons]
rocket = rocket
rockets = rocket
missile = missile
missiles = missile
mortar shell = mortar shell
mortar shells = mortar shell
mortar round = mortar shell
mortar rounds = mortar shell
mortar bomb = mortar shell
mortar bombs = mortar shell
mortars = mortar
mortar = mortar
shell = shell
shells = shell
artillery shells = artillery shell
bomb = bomb
bombs = bomb
car bomb = car bomb
car bombs = car bomb
grenade = grenade
grenades = grenade
drone = drone
drones = drone
ied = IED
ieds = IED
improvised explosive device = IED
improvised explosive devices = IED
explosive device = explosive device
explosive devices = explosive device
projectile = projectile
projectiles = projectile
gun = gun
guns = gun
handgun = handgun
handguns = handgun
pistol = pistol
pistols = pistol
rifle = rifle
rifles = rifle
shotgun = shotgun
shotguns = shotgun
firearm = firearm
firearms = firearm
weapon = weapon
weapons = weapon
knife = knife
knives = knife
airstrike = airstrike
airstrikes = airstrike
air strike = airstrike
air strikes = airstrike

[weapon-modifiers]
katyusha = Katyusha
grad = Grad
mortar = mortar
artillery = artillery
ballistic = ballistic
cruise = cruise
guided = guided
anti-tank = anti-tank
rocket-propelled = rocket-propelled
hand = hand
semi-automatic = semi-automatic
semiautomatic = semi-automatic
assault = assault
loaded = loaded
stolen = stolen

[weapon-blockers]
attack
attacks
casing
casings
fire
launcher
launchers
strike
strikes
barrage
barrages
salvo
salvos
launch
launches
alert
alerts
sirens
wound
wounds
shop
shops
store
stores
range
violence
charges
charge
possession
show
control

[months]
january
february
march
april
may
june
july
august
september
october
november
december
jan
feb
mar
apr
jun
jul
aug
sep
sept
oct
nov
dec

[time-words]
a.m.
p.m.
am
pm
o'clock
gmt
utc

[currency]
dollars
dollar
usd
euros
euro
pounds
cents
bail

[multiples]
double = 2
triple = 3
quadruple = 4
quintuple = 5

[multiple-heads]
homicide = killed
homicides = killed
murder = killed
murders = killed
killing = killed
killings = killed
slaying = killed
slayings = killed
fatal = killed
shooting = injured weak
stabbing = injured

[fixed]
body was found = killed 1
body has been found = killed 1
body found = killed 1
bodies were found = killed 2 +
discovery of a body = killed 1
took his own life = killed 1
taking his own life = killed 1
taking her own life = killed 1
took her own life = killed 1
takes own life = killed 1
takes his own life = killed 1
takes her own life = killed 1
claimed the life of = killed 1
claims the life of = killed 1
claimed the life = killed 1
claims life of = killed 1
fatal shooting = killed 1 +
fatal shootings = killed 2 +
shooting death = killed 1 +
shooting deaths = killed 2 +
deadly shooting = killed 1 +
murder-suicide = killed 2
murder suicide = killed 2

[perpetrators]
gunman
gunmen
shooter
shooters
suspect
suspects
attacker
attackers
officer
officers
police
deputy
deputies
trooper
agent
robbers
robber

[function-words]
its
our
of
the
these
those
other
his
her
their

[post-hedges]
or more = min

[injury-verbs]
suffered
sustained
suffering
sustaining
treated

[injury-nouns]
wound
wounds
injuries
injury

[fatal-words]
fatal
mortal

[charge-units]
counts
count

[charges]
murder = killed
murders = killed
homicide = killed
manslaughter = killed

[charge-blockers]
attempted
attempt
conspiracy
solicitation

[weekdays]
monday
tuesday
wednesday
thursday
friday
saturday
sunday

[passive-aux]
was
were
been
be
being
is
are
got
get
gets

[objects]
him
her
them
his
their
its
himself
herself
themselves

[correlatives]
both
