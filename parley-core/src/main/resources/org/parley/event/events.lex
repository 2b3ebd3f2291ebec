# Parley event lexicon: pattern<TAB>cameo[<TAB>options]. Format: docs/events.md.
# Patterns are lemmas (lower case) after a first word, the trigger; X = source mention, Y = target mention,
# ... = up to four words. Options: symmetric (both directions), nominal (the trigger is a noun).

# 01 statements
announce	010
decline to comment	011
express optimism	013
express hope	013
acknowledge	015	weak

# 02 appeals
urge	020	weak
call on	020	weak
appeal to	020
appeal	020	weak
ask	020	weak
request	020	weak
plead	020	weak

# 03 intent to cooperate
agree	030	weak
pledge	030	weak
promise	030	weak
accept ... invitation of Y	036
accept ... invitation	036
accept ... offer	036
invite	036	weak
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
phone	041	symmetric
call ... by phone	041	symmetric
telephone	041	symmetric
visit	042
trip	042	nominal
travel to	042
fly to	042
arrive in	042
host Y	043
welcome Y	043
give ... welcome	043
extend ... welcome	043
mediate	045
negotiate	046	symmetric
negotiation between X and Y	046	symmetric nominal
negotiation	046	symmetric nominal

# 05 diplomatic cooperation
praise	051	weak
endorse	051
sign	057	symmetric
reach ... agreement	057	symmetric
reach ... deal	057	symmetric
apologize	055	weak
apologise	055	weak
thank	051	weak

# 06-07 material cooperation, aid
provide ... aid	070
provide ... food	070
provide ... assistance	070
provide ... weapon	072
provide ... arm	072
provide ... troop	074
provide ... fund	071
provide ... loan	071
provide ... intelligence	064
send ... aid	070
cooperate	060	symmetric weak

# 08 yield
ease ... sanction	085
lift ... sanction	085
demolish	080
dismantle	080
return ... prisoner	0841
return ... hostage	0841
return ... remains	084
return ... body	084
return ... territory	084
return ... land	084
return ... property	084
return ... weapon	084
return ... equipment	084
return to	-
return home	-

# 09 investigate
investigate	090

# 10 demand
demand that Y	100
demand	100	weak
insist on	100
plead guilty	-
call for	100	weak

# 11 disapprove
criticize	111
criticise	111
condemn	111
denounce	111
slam	111	weak
blast	111	weak
accuse	112
blame	112
complain	114
object to	110

# 12 reject
reject	120	weak
refuse to meet	125
refuse	120	weak
rebuff	120
turn down	120
dismiss	120	weak
cancel	125
call off	125
scrap	125
veto	129
boycott	163

# 13 threaten
threaten	130	weak
warn	130	weak
ultimatum	139	nominal weak

# 14 protest
protest	140	weak
demonstrate against	141
demonstrate in	141
demonstrate outside	141
demonstrate for	141
rally	141	weak

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
suspend	160	weak
halt	160	weak
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
seize	1711	weak

# 18-20 force
attack	190	weak
bomb	195
shell	194
invade	192
clash	190	symmetric weak

# ---- broader coverage: general political vocabulary ----
# 03 intent
offer	030	weak
# 05 diplomatic cooperation
support	051	weak
defend	052	weak
recognize	054	weak
recognise	054	weak
establish ... tie	054
establish ... relation	054
restore ... tie	054
restore ... relation	054
upgrade ... tie	050
forgive	056	weak
# 06 material cooperation
share ... intelligence	064
share ... information	064
share ... evidence	064
share ... expertise	064
extradite	063
hand over	063	weak
# 07 aid
give ... aid	070
give ... grant	071
give ... loan	071
grant ... asylum	075
grant	070	weak
donate	073	weak
send ... arm	072
send ... troop	074
send ... aid	070
contribute	070	weak
aid	070	nominal weak
evacuate	073	weak
# 08 yield
lift ... ban	081
lift ... curfew	0813
lift ... blockade	0872
lift ... restriction	081
lift ... emergency	0814
lift	080	weak
ease	080	weak
shorten ... curfew	0813
accept	083	weak
accede to	083
release ... prisoner	0841
withdraw	087	weak
withdrawal	087	nominal weak
pull ... troop	087
ceasefire	0871	nominal
truce	0871	nominal
declare ... ceasefire	0871
surrender	0874	weak
demobilize	0873
disarm	0873
allow	086	weak
open ... border	086
allow ... inspector	0862
# 09 investigate
probe	090
investigation	090	nominal
inquiry	090	nominal
# 10 demand
# 11 disapprove
criticism	111	nominal weak
rebuke	111
charge	112	weak
allege	112
# 12 reject
oppose	120	weak
rule out	120
snub	120
spurn	120	weak
defy	120	weak
resist	120	weak
# 13 threaten
vow ... retaliate	138
threat	130	nominal weak
# 14 protest
march	141	weak
demonstration	141	nominal
strike	143	weak
hunger strike	142	nominal
riot	145
# 15 force posture
deploy	152	weak
mass ... troop	154
war game	152	nominal
military exercise	152	nominal
joint exercise	152	nominal
naval exercise	152	nominal
live-fire exercise	152	nominal
on alert	151
high alert	151
raise ... alert	151
put ... on alert	151
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
jail	173	weak
sentence	173	weak
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
kill	190	weak
fight	190	weak
raid	190	weak
ambush	190
shoot	193	weak
air strike	195	nominal
airstrike	195	nominal
kidnap	181
abduct	181
hijack	181
assassinate	186
torture	1822	weak
occupy	192
fire on	190	weak
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

# ---- cues: a word that frames the act named right after it (docs/events.md, "Frames") ----
# A cue alone is an event of its own; followed by an act, the act takes the framed code instead.
vow to	030	intent weak
vow	030	intent weak
pledge to	030	intent
promise to	030	intent
swear to	030	intent weak
commit to	030	intent weak
offer to	030	intent
agree to	030	intent
ready to	030	intent weak
willing to	030	intent weak
prepared to	030	intent weak
decide to	030	intent weak
threaten to	130	threat
refuse to	120	refusal weak
decline to	120	refusal weak
must	100	demand weak

# ---- more acts (plain vocabulary of political news) ----
# 03 intent, 04 consult
reach ... consensus	030	symmetric
mediation	045	nominal
mediation effort	045	nominal
# 05 diplomatic cooperation: welcoming a decision is endorsing it (welcoming a person is hosting, 043)
welcome ... statement	051
welcome ... decision	051
welcome ... move	051
welcome ... resumption	051
welcome ... proposal	051
welcome ... agreement	051
welcome ... announcement	051
welcome ... plan	051
welcome ... offer	051
open ... embassy	050
open ... liaison office	050
open ... consulate	050
# 07 aid
give Y ... aid	070
hand over ... aid	073
hand over ... medicine	073
hand over ... food	073
hand over ... supplies	073
deliver ... medicine	073
deliver ... food	073
deliver ... supplies	073
# 08 yield
concede	080
concede to	083
cancel ... restriction	081
cancel ... ban	081
call off ... strike	082
call off ... protest	082
call off ... demonstration	082
call off ... boycott	082
end ... strike	082
# 09 investigate
open ... hearing	090
dispatch ... inspector	090
send ... inspector	090
# 10 demand, 02 appeal
push for	100	weak
push ... for	100	weak
press for	100	weak
seek ... refuge	0233
seek ... asylum	0233
# 11 disapprove
sue	115
lawsuit	115	nominal
file ... lawsuit	115
lodge ... protest	114
lodge ... complaint	114
file ... complaint	114
summon ... ambassador	114
# 12 reject
renege	120
violate ... ban	128
violate ... law	128
# 13 threaten: the acts a threat names come through the cues above
# 14 protest: blocking a way
block ... road	144
block ... street	144
block ... bridge	144
block ... highway	144
block ... traffic	144
block ... transport	144
block ... entrance	144
barricade	144
# 15 force posture
strengthen ... force	154
reinforce ... force	154
reinforce ... troop	154
# 16 reduce relations
suspension	160	nominal
suspend ... link	161
suspension of ... link	161	nominal
reduce ... aid	162
reduce ... supplies	162
end ... mediation	165
halt ... mediation	165
withdraw ... peacekeeper	1661
withdraw ... peacekeeping	1661
pull out ... peacekeeper	1661
withdraw ... inspector	1662
expel ... inspector	1662
# 17 coerce
outlaw	1722
prevent ... demonstration	1721
prevent ... protest	1721
prevent ... rally	1721
extend ... curfew	1723
declare ... curfew	1723
declare ... martial law	1724
declare ... state of emergency	1724
declare ... state of siege	1724
impose ... martial law	1724
impose ... restriction	172
tighten ... blockade	191
# 18-20 violence
beat up	182	weak
abuse	182	weak
human shield	184	nominal
violate ... ceasefire	196
violate ... truce	196
ethnic cleansing	203	nominal
invasion	190	nominal
# 01 statements
press conference	010	nominal
news conference	010	nominal
press briefing	010	nominal

# ---- phrases that name no event (code -): their words start no other match ----
nuclear test site	-
missile test site	-
test site	-
test-site	-
brief ... reporter	010
brief ... journalist	010
brief ... press	010
brief ... media	010
agreement between X and Y	057	symmetric nominal
accord between X and Y	057	symmetric nominal

# ---- session 3: acts found missing on the PLOVER gold and dev/news, and senses that name no event ----
# 01 statements, 03 intent: what is said and handed over
deliver ... letter	010
deliver ... message	010
hand over ... letter	010
pass on ... message	010
express ... confidence	013
express ... optimism	013
# 05 / 11: regret for one's own act is an apology; regret at another's act is disapproval
express ... regret for	055
express ... regret over	111
express ... regret at	111
express ... regret about	111
express ... concern	111
# 06 / 08 yield: ending or closing one's own capability
shut down	080
close ... test site	080
close ... facility	080
end ... test	080
halt ... test	080
# 08 release (a person named as the target)
release Y	0841
free Y	0841
# 14 protest: "demonstrate" is a protest unless it has an object ("demonstrated its resolve")
demonstrate	141
demonstrate that	-
demonstrate how	-
demonstrate the	-
demonstrate a	-
demonstrate an	-
demonstrate its	-
demonstrate his	-
demonstrate her	-
demonstrate their	-
demonstrate our	-
demonstrate what	-
# 16-17 restrict movement, expel
institute ... curfew	1723
enforce ... curfew	1723
close ... border	191
seal ... border	191
shut ... border	191
force ... out of	174
force out	174
# 19 take by force
set fire to	1712
# ordinary words that hold a trigger but name no act
in return	-
in return for	-

# ---- senses that are no political act: these phrases keep their words from starting an event ----
heart attack	-
panic attack	-
anxiety attack	-
asthma attack	-
shark attack	-
moon shot	-
moonshot	-
long shot	-
big shot	-
mug shot	-
flu shot	-
booster shot	-
photo shoot	-
strike that	-
strike how	-
strike a balance	-
strike ... chord	-
strike ... note	-
strike ... tone	-
strike ... pose	-
strike out	-
strike ... deal	057
strike ... agreement	057
lightning strike	-
talk about	-
talk of	-
fight ... pollution	-
fight ... air	-
fight ... corruption	-
fight ... poverty	-
fight ... cancer	-
fight ... disease	-
fight ... climate	-
fight ... fire	-
fight ... wildfire	-
fight ... inflation	-
fight ... crime	-
fight ... virus	-
fight ... addiction	-
fight ... hunger	-
fight ... obesity	-
fight ... smog	-
fight ... tear	-
attack ... problem	-
attack ... issue	-
offer ... estimate	-
offer ... insight	-
offer ... advice	-
offer ... explanation	-
offer ... glimpse	-
offer ... condolence	-
offer ... thought	-
offer ... prayer	-
offer ... discount	-
offer ... service	-
offer ... product	-
contribute to	-
allow ... air	-
kill ... time	-
kill ... bill	-
shoot ... film	-
shoot ... video	-
shoot ... scene	-
demonstrate by	-
ask not to	-
ask ... not to be	-
in jail	-
behind bars	-
from jail	-
out of jail	-
jail term	-
jail sentence	-
face ... charge	-
# 14 protest, 16 aid withheld, 03 intent, 04 invitation by someone
take to the street	141
petrol bomb	145
molotov cocktail	145
firebomb	145
withhold ... aid	162
freeze ... aid	162
pause ... aid	162
aid ... pause	162
aid ... withhold	162
aid ... freeze	162
aid ... stall	162
eager to	030	intent weak
keen to	030	intent weak
invitation by X	036	nominal
# economic and other senses of "demand", "fight", "strike", "offer"
global demand	-
oil demand	-
energy demand	-
consumer demand	-
domestic demand	-
weak demand	-
strong demand	-
demand growth	-
supply and demand	-
trade fight	-
budget fight	-
legal fight	-
court fight	-
political fight	-
strike ... as	-
offer ... reminder	-
offer ... example	-
offer ... opportunity	-
offer ... chance	-
in charge	-
tax return	-
sign of	-
sign that	-
sign up	-
face ... probe	-
face ... investigation	-
ask ... about	-
ask ... question	-
consulting firm	-
consulting company	-
consulting group	-
consultancy	-
negotiating team	-
negotiating position	-
negotiating partner	-
negotiating skill	-
thanks to	-
hold ... appeal	-
broad appeal	-
wide appeal	-
popular appeal	-
ask what	-
ask whether	-
ask why	-
ask how	-
ask if	-
veto point	-
veto power	-
block ... aid	162
block ... delivery of aid	162
fight for	-

