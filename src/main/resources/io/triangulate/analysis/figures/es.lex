# Figure lexicon: Spanish (format: see en.lex).
[numbers]
cero = 0
uno = 1
una = 1
un = 1
dos = 2
tres = 3
cuatro = 4
cinco = 5
seis = 6
siete = 7
ocho = 8
nueve = 9
diez = 10
once = 11
doce = 12
trece = 13
catorce = 14
quince = 15
dieciséis = 16
diecisiete = 17
dieciocho = 18
diecinueve = 19
veinte = 20
veintiuno = 21
veintiún = 21
veintiuna = 21
veintidós = 22
veintitrés = 23
veinticuatro = 24
veinticinco = 25
veintiséis = 26
veintisiete = 27
veintiocho = 28
veintinueve = 29
treinta = 30
cuarenta = 40
cincuenta = 50
sesenta = 60
setenta = 70
ochenta = 80
noventa = 90
doscientos = 200
doscientas = 200
trescientos = 300
quinientos = 500

[scales]
cien = 100
ciento = 100
mil = 1000
millón = 1000000
millones = 1000000

[connectors]
y

[range]
a
o

[between]
entre

[hedges]
al menos = min
por lo menos = min
más de = more
menos de = less
hasta = upto
unos = approx
unas = approx
alrededor de = approx
cerca de = approx
casi = approx
aproximadamente = approx

[vague]
ambos = 2 2
una decena de = 10 10 approx
decenas de = 24 - approx
docenas de = 24 - approx
cientos de = 200 - approx
centenares de = 200 - approx
miles de = 2000 - approx
varios = 3 - approx
varias = 3 - approx

[after]
muertos = killed
muertas = killed
muerto = killed
murieron = killed
fallecieron = killed
fallecidos = killed
perdieron la vida = killed
asesinados = killed
fueron asesinados = killed
resultaron muertos = killed
heridos = injured
heridas = injured
herido = injured
herida = injured
resultaron heridos = injured
resultaron heridas = injured
lesionados = injured
hospitalizados = injured
detenidos = arrested
detenidas = arrested
arrestados = arrested
desaparecidos = missing
secuestrados = kidnapped
víctimas = killed injured

[before]
matando a = killed
mató a = killed
mataron a = killed
causando la muerte de = killed
dejando = killed
hiriendo a = injured
hirió a = injured
detuvo a = arrested
detuvieron a = arrested
arrestaron a = arrested
secuestraron a = kidnapped
la muerte de = killed

[singular-aux]
fue

[singular]
fue asesinado = killed
fue asesinada = killed
murió = killed
falleció = killed
resultó muerto = killed
resultó herido = injured
resultó herida = injured
fue herido = injured
fue herida = injured
fue detenido = arrested
fue arrestado = arrested
fue secuestrado = kidnapped

[aux]
fueron
han
han sido
sido
resultaron
también
gravemente
levemente
que

[negative]
ni muertos ni heridos = killed injured
ni heridos ni muertos = killed injured
ni víctimas ni heridos = killed injured
no hubo víctimas = killed injured
sin víctimas = killed injured
no hubo heridos = injured
no hubo muertos = killed
no se registraron víctimas = killed injured
no causó víctimas = killed injured
ningún herido = injured
ninguna víctima = killed injured
nadie resultó herido = killed injured
nadie murió = killed

[neg-subject]
nadie

[neg-determiner]
sin
ningún
ninguna

[neg-particle]
no

[neg-any]
hubo

[casualty-nouns]
víctimas = killed injured
víctima = killed injured
heridos = injured
herido = injured
muertos = killed
muerto = killed

[both]
herido
herida

[hedge-cues]
parece
parecen
aparentemente
probablemente
habría
habrían

[persons]
personas = persona
persona = persona
hombres = hombre
hombre = hombre
mujeres = mujer
mujer = mujer
niños = niño
niño = niño
civiles = civil
soldados = soldado
militares = militar
policías = policía
agentes = agente
combatientes = combatiente
manifestantes = manifestante
estadounidense = estadounidense
contratista = contratista
jóvenes = joven
otros = persona
otras = persona

[plural-subjects]
ellos
ellas
todos

[units]
años
año
días
día
semanas
meses
horas
hora
minutos
veces
kilómetros
km
metros
euros
dólares
por

[coordinators]
o
y
ni

[breaks]
después
antes
desde
cuando
durante
en
según
por
con
para
otros

[weapons]
cohete = rocket
cohetes = rocket
misil = missile
misiles = missile
proyectiles de mortero = mortar shell
obuses de mortero = mortar shell
granadas de mortero = mortar shell
morteros = mortar
mortero = mortar
obuses = shell
bomba = bomb
bombas = bomb
coche bomba = car bomb
granada = grenade
granadas = grenade
dron = drone
drones = drone
proyectil = projectile
proyectiles = projectile
armas = weapon

[weapon-modifiers]
katiusha = Katyusha
katyusha = Katyusha
grad = Grad

[weapon-blockers]
ataques
ataque

[months]
enero
febrero
marzo
abril
mayo
junio
julio
agosto
septiembre
octubre
noviembre
diciembre

[time-words]
h

[currency]
euros
dólares

[passive-aux]
fue
fueron
sido
resultaron

[correlatives]
ambos
