# Parley event lexicon: pattern<TAB>cameo[<TAB>options]. Format: docs/events.md.
# Patterns are lemmas (lower case) after a first word, the trigger; X = source mention, Y = target mention,
# ... = up to four words. Options: symmetric (both directions), nominal (the trigger is a noun).

# 01 statements
announce	010
decline to comment	011
express optimism	013
express hope	013
acknowledge	015

# 02 appeals
urge	020
call on	020
appeal to	020
appeal	020
ask	020
request	020
plead	020

# 03 intent to cooperate
agree to	030
agree	030
offer to	030
pledge	030
promise	030
commit to	030
vow to	030
accept ... invitation of Y	036
accept ... invitation	036
accept ... offer	036
invite	036
invitation	036	nominal
propose talk	036
propose ... meeting	036
propose ... summit	036
agree to meet	036	symmetric
agree to hold	036	symmetric
offer to meet	036
express willingness	030

# 04 consult
meet	040	symmetric
meet with	040	symmetric
sit down with	040	symmetric
hold talk	040	symmetric
hold ... talk	040	symmetric
talk between X and Y	040	symmetric nominal
talk with	040	symmetric nominal
talk	040	symmetric nominal
meeting between X and Y	040	symmetric nominal
meeting	040	symmetric nominal
summit between X and Y	040	symmetric nominal
summit	040	symmetric nominal
dialogue	040	symmetric nominal
discuss	040	symmetric
consult	040	symmetric
confer	040	symmetric
speak with	040	symmetric
phone call	041	symmetric nominal
call	041	symmetric
telephone	041	symmetric
visit	042
trip	042	nominal
travel to	042
fly to	042
arrive in	042
host	043
welcome	043
mediate	045
negotiate	046	symmetric
negotiation between X and Y	046	symmetric nominal
negotiation	046	symmetric nominal

# 05 diplomatic cooperation
praise	051
endorse	051
sign	057	symmetric
reach ... agreement	057	symmetric
reach ... deal	057	symmetric
apologize	055
apologise	055
thank	051

# 06-07 material cooperation, aid
provide ... aid	070
send ... aid	070
cooperate	060	symmetric

# 08 yield
ease ... sanction	085
lift ... sanction	085
demolish	080
dismantle	080
return	084

# 09 investigate
investigate	090

# 10 demand
demand that Y	100
demand	100
insist	100
call for	100

# 11 disapprove
criticize	111
criticise	111
condemn	111
denounce	111
slam	111
blast	111
accuse	112
blame	112
complain	114
object to	110

# 12 reject
reject	120
refuse to meet	125
refuse to	120
refuse	120
rebuff	120
decline to	120
turn down	120
dismiss	120
cancel	125
call off	125
scrap	125
veto	129
boycott	163

# 13 threaten
threaten to	130
threaten	130
warn	130
ultimatum	139	nominal

# 14 protest
protest	140
demonstrate against	141
rally	141

# 15 force posture
mobilize	150
launch ... missile	150
fire ... missile	150
test-fire	150
conduct ... test	150
military drill	152	nominal
hold ... drill	152
hold ... exercise	152

# 16 reduce relations
suspend	160
halt	160
pull out of	160
withdraw from	160
break off	161
sever ... tie	161
impose ... sanction on Y	163
impose ... sanction	163
sanction Y	163
expel	174

# 17 coerce
arrest	173
detain	173
seize	1711

# 18-20 force
attack	190
bomb	195
shell	194
invade	192
clash	190	symmetric

# ---- broader coverage: general political vocabulary ----
# 03 intent
ready to	030
willing to	030
prepared to	030
offer	030
decide to	030
# 05 diplomatic cooperation
support	051
defend	052
recognize	054
recognise	054
establish ... tie	054
establish ... relation	054
restore ... tie	054
restore ... relation	054
upgrade ... tie	050
forgive	056
# 06 material cooperation
share ... intelligence	064
share ... information	064
share ... evidence	064
share ... expertise	064
extradite	063
hand over	063
# 07 aid
provide	070
give ... aid	070
give ... grant	071
give ... loan	071
grant ... asylum	075
grant	070
donate	073
send ... arm	072
send ... troop	074
send ... aid	070
contribute	070
aid	070	nominal
evacuate	073
# 08 yield
lift ... ban	081
lift ... curfew	0813
lift ... blockade	0872
lift ... restriction	081
lift ... emergency	0814
lift	080
ease	080
shorten ... curfew	0813
accept	083
accede to	083
release ... prisoner	0841
withdraw	087
withdrawal	087	nominal
pull ... troop	087
ceasefire	0871	nominal
truce	0871	nominal
declare ... ceasefire	0871
surrender	0874
demobilize	0873
disarm	0873
allow	086
open ... border	086
allow ... inspector	0862
# 09 investigate
probe	090
investigation	090	nominal
inquiry	090	nominal
# 10 demand
# 11 disapprove
criticism	111	nominal
rebuke	111
charge	112
allege	112
# 12 reject
oppose	120
rule out	120
snub	120
spurn	120
defy	120
resist	120
# 13 threaten
vow ... retaliate	138
threat	130	nominal
# 14 protest
march	141
demonstration	141	nominal
protester	141	nominal
demonstrator	141	nominal
strike	143
hunger strike	142	nominal
riot	145
# 15 force posture
deploy	152
mass ... troop	154
war game	152	nominal
exercise	152	nominal
alert	151
# 16 reduce relations
embargo	163
cut ... aid	162
suspend ... aid	162
halt ... aid	162
halt ... talk	164
suspend ... talk	164
recall ... ambassador	161
close ... embassy	161
expel ... diplomat	166
# 17 coerce
jail	173
sentence	173
indict	173
imprison	173
confiscate	1711
ban	172
impose ... curfew	1723
impose ... emergency	1724
deport	174
crack down	175
crackdown	175	nominal
blockade	191
# 18-19 violence
kill	190
fight	190
raid	190
ambush	190
shoot	193
air strike	195	nominal
airstrike	195	nominal
kidnap	181
abduct	181
hijack	181
assassinate	186
torture	1822
occupy	192
fire on	190
offensive	190	nominal
bombing	183	nominal
deliver ... aid	070
release ... hostage	0841
release ... detainee	0841
discussion	040	symmetric nominal
missile test	150	nominal
nuclear test	150	nominal
resume ... test	150
blow up	1712
destroy	1712
