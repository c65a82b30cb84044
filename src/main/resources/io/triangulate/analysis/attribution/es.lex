# Attribution rules: Spanish.
[verb-aux]
ha
han
había
habían
también

[verbs]
dijo
dijeron
afirmó
afirmaron
declaró
declararon
informó
informaron
indicó
indicaron
señaló
señalaron
aseguró
aseguraron
explicó
añadió
agregó
confirmó
confirmaron
anunció
reportó
publicó
dice
dicen
ha\s+dicho
han\s+dicho
ha\s+informado
ha\s+confirmado

[tails]
en\s+(?:Twitter|X|Facebook|un\s+comunicado|árabe)
a\s+(?:la\s+prensa|los\s+periodistas|EFE|AFP|Reuters)
(?:el\s+)?(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo)

[according]
según
de\s+acuerdo\s+con
citando\s+a
citado\s+por

[citing]
citando\s+a
citando

[source-nouns]
fuentes?\b
funcionarios?\b
portavoz\b
policía\b
ejército\b
militar\b
mando\b
autoridades\b
ministerio\b
testigos?\b

[strip]
el
la
los
las
un
una
unos
unas

[keep-the]
País
Mundo

[pronouns]
él
ella
ellos

[speculation]
podría(?:n)?
habría(?:n)?
quizá(?:s)?
tal\s+vez
probablemente
posiblemente
es\s+posible
parece(?:n)?
al\s+parecer
aparentemente
no\s+está\s+claro
presuntamente

[not-speculation]
x{9}

[opinion]
suscríbete
suscribirse
haga\s+clic
lea\s+también
nuestro\s+compromiso

[np-stop]
fue
fueron
es
son
ha
han
hubo

[conjunctions]
pero
y
mientras
