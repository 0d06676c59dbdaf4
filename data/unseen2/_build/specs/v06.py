ID = 'v06-police-chase-misconduct-hearing'
GENRE = 'police misconduct hearing report (BBC Wales style)'
NOTE = ('Genre: police misconduct hearing report, BBC-style; curly double quotes; a panel as speaker of its finding; '
        'the panel chair\'s ruling; a sourceless "The hearing was told that ..." (optional, speaker = the barrister '
        'presenting the case, as the first set does for "The court heard that"); dashcam audio reported as "captured X '
        'telling Y to “...”" (URGES); an officer\'s counsel split around his attribution; reported speech nested in counsel\'s words ("his client accepted that", optional); a family member\'s quote with '
        'nested sourceless reported speech ("we were told ...", optional); "called on the force to"; "According to" a '
        'watchdog; a message read out on someone\'s behalf (speaker = its author); a staff association as speaker; '
        '"declined to comment" is not annotated.')
NONQUOTES = []
TEXT = """
PC sacked for lying about police chase that left cyclist paralysed

A police officer who gave a false account of a high-speed chase that left a cyclist paralysed has been dismissed for gross misconduct.

PC Rhys Tanner, 31, of Taff Valley Police, told investigators his patrol car had been travelling at “no more than 40mph” when it struck Owain Jenkins on Newport Road in Cardiff in October 2023.

But a misconduct panel found that data from the car’s on-board computer showed it was doing 68mph in a 30mph zone, and that Tanner had switched off his blue lights seconds before the collision.

Mr Jenkins, then 24, suffered spinal injuries and now uses a wheelchair.

Announcing the decision on Friday, panel chair Eleri Vaughan said Tanner had shown “a deliberate and sustained disregard for the truth” that went “to the heart of what the public are entitled to expect of a police officer”.

“Honesty is not an optional extra in policing. Without it, nothing else an officer does can be trusted,” she said.

She then told Tanner: “You will be dismissed without notice.”

The hearing, held at the force’s headquarters in Bridgend, was told that Tanner and his colleague, PC Dafydd Morgan, had been following a car reported stolen when they lost sight of it near the junction with City Road.

Dashcam audio played to the panel captured Morgan telling Tanner to “back off, mate, back off” about 20 seconds before the crash.

Morgan, who was cleared of misconduct at the same hearing, told the panel he had not noticed the car’s speed because he was “trying to keep eyes on the suspect vehicle”.

Presenting the case for the force, Ceri Lloyd-Hughes said Tanner had “invented a version of events” in a statement written hours after the crash and had stuck to it for 14 months, “even when he knew the data would prove him wrong”.

Tanner did not give evidence. His counsel, Marcus Fell, said his client accepted that he had been driving too fast but had not set out to mislead anyone.

“My client was an officer with an unblemished record who made a terrible misjudgement in a matter of seconds,” Mr Fell told the panel. “He has had to live with what happened to Mr Jenkins every day since. He is not a liar. He is a man who could not face what he had done.”

Outside the hearing, Mr Jenkins’ mother, Siân Jenkins, said the family felt “vindicated, but not relieved”.

“For over a year we were told Owain had come out of nowhere. He hadn’t. He was in a cycle lane, with lights, doing nothing wrong,” she said.

She called on the force to review every pursuit Tanner had been involved in since he qualified as a response driver.

Mr Jenkins, who did not attend, said in a message read out by his sister: “I don’t want anyone else to learn to live in a chair because somebody wanted to win a chase.”

In a statement, Chief Constable Gwen Prosser said she was “deeply sorry” for the harm caused to Mr Jenkins and his family.

“PC Tanner’s actions fell far below the standards we set, and he no longer has a place in this force,” she said.

According to the Police Conduct Authority for Wales, which investigated the crash, it was the third police pursuit in Wales in two years to end in life-changing injuries. The authority said its file had been passed to prosecutors, who are considering whether to bring criminal charges.

The Taff Valley branch of the Police Officers’ Association said it was “concerned” that response drivers were being asked to make split-second decisions “with inadequate training and cars that are years past their best”.

A force spokesperson declined to comment on whether Tanner’s other pursuits would be reviewed.

Tanner has the right to appeal against the decision.
"""
QUOTES = [
 dict(type='mixed', c='his patrol car had been travelling at “no more than 40mph” when it struck Owain Jenkins on Newport Road in Cardiff in October 2023', s='Rhys Tanner', m='PC Rhys Tanner', cue='told', r='STATES', ra=['CLAIMS']),
 dict(type='indirect', c='data from the car’s on-board computer showed it was doing 68mph in a 30mph zone, and that Tanner had switched off his blue lights seconds before the collision', s='misconduct panel', m='a misconduct panel', cue='found', r='STATES', ra=['ACCUSES', 'DENIES'], t='Rhys Tanner'),
 dict(type='mixed', c='Tanner had shown “a deliberate and sustained disregard for the truth” that went “to the heart of what the public are entitled to expect of a police officer”', s='Eleri Vaughan', m='panel chair Eleri Vaughan', cue='said', r='CRITICIZES', ra=['ACCUSES'], t='Rhys Tanner'),
 dict(type='direct', c='Honesty is not an optional extra in policing. Without it, nothing else an officer does can be trusted,', s='Eleri Vaughan', m='she', cue='said', r='STATES', ra=['CRITICIZES'], ta=['Rhys Tanner']),
 dict(type='direct', c='You will be dismissed without notice.', s='Eleri Vaughan', m='She', cue='told', r='STATES', t='Rhys Tanner'),
 dict(type='indirect', c='Tanner and his colleague, PC Dafydd Morgan, had been following a car reported stolen when they lost sight of it near the junction with City Road', s='Ceri Lloyd-Hughes', m=None, cue='was told', r='STATES', opt=True),
 dict(type='mixed', c='back off, mate, back off', s='Dafydd Morgan', m='Morgan', cue='telling', r='URGES', ra=['WARNS'], t='Rhys Tanner'),
 dict(type='mixed', c='he had not noticed the car’s speed because he was “trying to keep eyes on the suspect vehicle”', s='Dafydd Morgan', m='Morgan', cue='told', r='STATES', ra=['DENIES']),
 dict(type='mixed', c='Tanner had “invented a version of events” in a statement written hours after the crash and had stuck to it for 14 months, “even when he knew the data would prove him wrong”', s='Ceri Lloyd-Hughes', m='Ceri Lloyd-Hughes', cue='said', r='ACCUSES', ra=['CRITICIZES'], t='Rhys Tanner'),
 dict(type='indirect', c='his client accepted that he had been driving too fast but had not set out to mislead anyone', s='Marcus Fell', m='His counsel, Marcus Fell', cue='said', r='DENIES', ra=['STATES'], t='Ceri Lloyd-Hughes', ta=['Rhys Tanner']),
 dict(type='indirect', c='he had been driving too fast', s='Rhys Tanner', m='his client', cue='accepted', r='STATES', opt=True),
 dict(type='direct', c='My client was an officer with an unblemished record who made a terrible misjudgement in a matter of seconds,', s='Marcus Fell', m='Mr Fell', cue='told', r='SUPPORTS', ra=['STATES', 'DENIES'], t='Rhys Tanner'),
 dict(type='direct', c='He has had to live with what happened to Mr Jenkins every day since. He is not a liar. He is a man who could not face what he had done.', s='Marcus Fell', m='Mr Fell', cue='told', r='DENIES', ra=['SUPPORTS', 'REJECTS'], t='Ceri Lloyd-Hughes', ta=['Rhys Tanner']),
 dict(type='mixed', c='the family felt “vindicated, but not relieved”', s='Siân Jenkins', m='Mr Jenkins’ mother, Siân Jenkins', cue='said', r='STATES'),
 dict(type='direct', c='For over a year we were told Owain had come out of nowhere. He hadn’t. He was in a cycle lane, with lights, doing nothing wrong,', s='Siân Jenkins', m='she', cue='said', r='DENIES', ra=['CRITICIZES', 'ACCUSES'], t='Rhys Tanner', ta=['Taff Valley Police']),
 dict(type='indirect', c='Owain had come out of nowhere', s='Taff Valley Police', m=None, cue='were told', r='CLAIMS', ra=['STATES'], t='Owain Jenkins', opt=True),
 dict(type='indirect', c='review every pursuit Tanner had been involved in since he qualified as a response driver', s='Siân Jenkins', m='She', cue='called on', r='URGES', t='Taff Valley Police'),
 dict(type='direct', c='I don’t want anyone else to learn to live in a chair because somebody wanted to win a chase.', s='Owain Jenkins', m='Mr Jenkins', cue='said', r='CRITICIZES', ra=['WARNS', 'STATES'], t='Rhys Tanner'),
 dict(type='mixed', c='she was “deeply sorry” for the harm caused to Mr Jenkins and his family', s='Gwen Prosser', m='Chief Constable Gwen Prosser', cue='said', r='STATES', t='Owain Jenkins', ta=[]),
 dict(type='direct', c='PC Tanner’s actions fell far below the standards we set, and he no longer has a place in this force,', s='Gwen Prosser', m='she', cue='said', r='CRITICIZES', t='Rhys Tanner'),
 dict(type='indirect', c='it was the third police pursuit in Wales in two years to end in life-changing injuries', s='Police Conduct Authority for Wales', m='the Police Conduct Authority for Wales', cue='According to', r='STATES', ra=['WARNS']),
 dict(type='indirect', c='its file had been passed to prosecutors, who are considering whether to bring criminal charges', s='Police Conduct Authority for Wales', m='The authority', cue='said', r='STATES'),
 dict(type='mixed', c='it was “concerned” that response drivers were being asked to make split-second decisions “with inadequate training and cars that are years past their best”', s='Police Officers’ Association', m='The Taff Valley branch of the Police Officers’ Association', cue='said', r='CRITICIZES', ra=['WARNS', 'STATES'], t='Taff Valley Police'),
]
ENTITIES = [
 ('Rhys Tanner', 'PERSON', ['PC Rhys Tanner', 'Tanner', 'PC Tanner’s', 'Tanner’s', 'his client', 'My client']),
 ('Owain Jenkins', 'PERSON', ['Owain Jenkins', 'Mr Jenkins', 'Owain']),
 ('Eleri Vaughan', 'PERSON', ['panel chair Eleri Vaughan']),
 ('Dafydd Morgan', 'PERSON', ['PC Dafydd Morgan', 'Morgan']),
 ('Ceri Lloyd-Hughes', 'PERSON', ['Ceri Lloyd-Hughes']),
 ('Marcus Fell', 'PERSON', ['His counsel, Marcus Fell', 'Mr Fell']),
 ('Siân Jenkins', 'PERSON', ['Mr Jenkins’ mother, Siân Jenkins']),
 ('Gwen Prosser', 'PERSON', ['Chief Constable Gwen Prosser']),
 ('Taff Valley Police', 'ORGANIZATION', ['Taff Valley Police', 'the force', 'this force']),
 ('misconduct panel', 'ORGANIZATION', ['a misconduct panel', 'the panel']),
 ('Police Conduct Authority for Wales', 'ORGANIZATION', ['the Police Conduct Authority for Wales', 'The authority']),
 ('Police Officers’ Association', 'ORGANIZATION', ['The Taff Valley branch of the Police Officers’ Association']),
 ('Taff Valley Police spokesperson', 'PERSON', ['A force spokesperson']),
 ('Cardiff', 'LOCATION', ['Cardiff']),
 ('Bridgend', 'LOCATION', ['Bridgend']),
 ('Wales', 'LOCATION', ['Wales']),
]
