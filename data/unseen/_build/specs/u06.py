ID = 'u06-football-match-report'
GENRE = 'sports match report (British)'
NOTE = ('Genre: British football match report; single curly quotes ‘ ’ sharing a glyph with apostrophes (’til, '
        'Brendan’s); nested double quotes inside a single-quoted quote (inner one optional); quotes split by inverted '
        'attribution; descriptor speakers ("the 52-year-old", "The 19-year-old Irishman", "the gaffer"); fragments after '
        '"calling" and "accusing ... of"; a colon after "said"/"adding"; a nickname (‘the Kerry Kid’) and a chant '
        '(optional) in quotes; "refused to blame the officials" is optional (a refusal reported without words).')
NONQUOTES = [('‘the Kerry Kid’', 'nickname')]
TEXT = """
Kearney’s late double sends Rovers top as Wexley see red

Harrowfield Rovers 3 Wexley Town 2

Harrowfield Rovers went top of the table with a thrilling comeback at Brook Lane on Saturday, substitute Cian Kearney scoring twice in the final nine minutes to overturn Wexley’s 2-1 lead.

It was a match that had everything: a disallowed goal, a missed penalty, a red card for Wexley’s captain and a touchline row that will almost certainly land both managers in front of a disciplinary panel.

‘I’ve been in football 30 years and I’m still not sure what I just watched,’ said Rovers manager Stuart Ainsley. ‘But I know we won it, and I know we deserved it.’

Wexley had looked comfortable after Femi Adebanjo headed them in front on 23 minutes and, after Marco Lentini’s free-kick brought Rovers level, Tom Redfern restored the lead with a scuffed finish that squirmed under goalkeeper Luke Harte.

The turning point came in the 74th minute, when Wexley captain Joe Mulcahy was sent off for a second booking. Wexley manager Brendan Foy was furious, calling the decision ‘an absolute joke’ and accusing referee Alan Pritchard of ‘giving the home crowd exactly what they wanted’.

‘Look at the first booking. He’s nowhere near the lad,’ Foy said. ‘If that’s a yellow card, I’ll eat my coat. And the referee knows it, because he couldn’t look me in the eye at the end.’

Asked whether Wexley would appeal, the 52-year-old said: ‘We’ll look at it on Monday. I’m too angry to say anything sensible now, and I’ve probably already said too much.’

Kearney, who came off the bench in the 70th minute, levelled with a low drive in the 81st and then glanced in Lentini’s corner deep into stoppage time, sending the home end into a chorus of ‘Harrowfield ’til I die’.

The 19-year-old Irishman, nicknamed ‘the Kerry Kid’ by his team-mates, said he had dreamed of a moment like this since he was six.

‘The gaffer told me before I went on, “Just get in the box and something will fall to you,”’ Kearney said. ‘It fell to me twice. I can’t really describe it.’

Ainsley defended his decision to leave Kearney on the bench until the 70th minute, saying the teenager was ‘not ready for 90 minutes yet’. He praised his young striker for ‘staying patient when a lot of lads would have sulked’ and insisted Kearney’s chance of a first start was ‘closer than he thinks’.

He was less forthcoming about the touchline confrontation with Foy, during which the fourth official had to separate the two men. ‘Brendan’s passionate. I’m passionate. We’ll have a cup of tea about it,’ Ainsley said, before adding with a grin: ‘He can bring the biscuits.’

The league said it was aware of the incident and would review the referee’s report before deciding on any action.

Wexley, unbeaten in eight games before Saturday, drop to fifth. Adebanjo, who had opened the scoring, conceded the red card had changed the game but refused to blame the officials.

‘We had ten men for twenty minutes and we still should have seen it out. That’s on us, not him,’ the striker said.

Rovers travel to Castleford next Saturday.
"""
QUOTES = [
 dict(type='direct', c='I’ve been in football 30 years and I’m still not sure what I just watched,', s='Stuart Ainsley', m='Rovers manager Stuart Ainsley', cue='said', r='STATES'),
 dict(type='direct', c='But I know we won it, and I know we deserved it.', s='Stuart Ainsley', m='Rovers manager Stuart Ainsley', cue='said', r='CLAIMS', ra=['STATES', 'PRAISES'], ta=['Harrowfield Rovers']),
 dict(type='mixed', c='an absolute joke', s='Brendan Foy', m='Wexley manager Brendan Foy', cue='calling', r='CRITICIZES', t='Alan Pritchard'),
 dict(type='mixed', c='giving the home crowd exactly what they wanted', s='Brendan Foy', m='Wexley manager Brendan Foy', cue='accusing', r='ACCUSES', ra=['CRITICIZES'], t='Alan Pritchard'),
 dict(type='direct', c='Look at the first booking. He’s nowhere near the lad,', s='Brendan Foy', m='Foy', cue='said', r='CRITICIZES', ra=['STATES'], t='Alan Pritchard'),
 dict(type='direct', c='If that’s a yellow card, I’ll eat my coat. And the referee knows it, because he couldn’t look me in the eye at the end.', s='Brendan Foy', m='Foy', cue='said', r='CRITICIZES', ra=['ACCUSES'], t='Alan Pritchard'),
 dict(type='direct', c='We’ll look at it on Monday. I’m too angry to say anything sensible now, and I’ve probably already said too much.', s='Brendan Foy', m='the 52-year-old', cue='said', r='STATES'),
 dict(type='direct', c='Harrowfield ’til I die', s='Harrowfield Rovers fans', m='the home end', cue='chorus', r='SUPPORTS', ra=['STATES'], t='Harrowfield Rovers', opt=True),
 dict(type='indirect', c='he had dreamed of a moment like this since he was six', s='Cian Kearney', m='The 19-year-old Irishman', cue='said', r='STATES'),
 dict(type='direct', c='The gaffer told me before I went on, “Just get in the box and something will fall to you,”', s='Cian Kearney', m='Kearney', cue='said', r='STATES', ra=['PRAISES'], ta=['Stuart Ainsley']),
 dict(type='direct', c='Just get in the box and something will fall to you,', s='Stuart Ainsley', m='The gaffer', cue='told', r='URGES', ra=['STATES', 'PROMISES'], t='Cian Kearney', opt=True),
 dict(type='direct', c='It fell to me twice. I can’t really describe it.', s='Cian Kearney', m='Kearney', cue='said', r='STATES'),
 dict(type='indirect', c='his decision to leave Kearney on the bench until the 70th minute', s='Stuart Ainsley', m='Ainsley', cue='defended', r='SUPPORTS', ra=['STATES', 'DENIES']),
 dict(type='mixed', c='the teenager was ‘not ready for 90 minutes yet’', s='Stuart Ainsley', m='Ainsley', cue='saying', r='STATES', ra=['CLAIMS'], t='Cian Kearney'),
 dict(type='mixed', c='staying patient when a lot of lads would have sulked', s='Stuart Ainsley', m='He', cue='praised', r='PRAISES', t='Cian Kearney'),
 dict(type='mixed', c='Kearney’s chance of a first start was ‘closer than he thinks’', s='Stuart Ainsley', m='He', mi=1, cue='insisted', r='CLAIMS', ra=['STATES', 'PROMISES', 'PRAISES'], t='Cian Kearney'),
 dict(type='direct', c='Brendan’s passionate. I’m passionate. We’ll have a cup of tea about it,', s='Stuart Ainsley', m='Ainsley', cue='said', r='STATES', t='Brendan Foy', ta=[]),
 dict(type='direct', c='He can bring the biscuits.', s='Stuart Ainsley', m='Ainsley', cue='adding', r='STATES', t='Brendan Foy'),
 dict(type='indirect', c='it was aware of the incident and would review the referee’s report before deciding on any action', s='the league', m='The league', cue='said', r='STATES', ra=['PROMISES']),
 dict(type='indirect', c='the red card had changed the game', s='Femi Adebanjo', m='Adebanjo', cue='conceded', r='STATES'),
 dict(type='indirect', c='to blame the officials', s='Femi Adebanjo', m='Adebanjo', cue='refused', r='REJECTS', ra=['DENIES'], ta=['Alan Pritchard'], opt=True),
 dict(type='direct', c='We had ten men for twenty minutes and we still should have seen it out. That’s on us, not him,', s='Femi Adebanjo', m='the striker', cue='said', r='STATES', ra=['CRITICIZES', 'DENIES'], ta=['Wexley Town', 'Alan Pritchard']),
]
ENTITIES = [
 ('Stuart Ainsley', 'PERSON', ['Rovers manager Stuart Ainsley', 'Ainsley', 'The gaffer']),
 ('Brendan Foy', 'PERSON', ['Wexley manager Brendan Foy', 'Foy', 'the 52-year-old', 'Brendan’s']),
 ('Cian Kearney', 'PERSON', ['substitute Cian Kearney', 'Kearney', 'Kearney’s', 'The 19-year-old Irishman', 'the Kerry Kid']),
 ('Alan Pritchard', 'PERSON', ['referee Alan Pritchard', 'the referee']),
 ('Femi Adebanjo', 'PERSON', ['Femi Adebanjo', 'Adebanjo', 'the striker']),
 ('Marco Lentini', 'PERSON', ['Marco Lentini’s', 'Lentini’s']),
 ('Tom Redfern', 'PERSON', ['Tom Redfern']),
 ('Luke Harte', 'PERSON', ['goalkeeper Luke Harte']),
 ('Joe Mulcahy', 'PERSON', ['Wexley captain Joe Mulcahy']),
 ('Harrowfield Rovers', 'ORGANIZATION', ['Harrowfield Rovers', 'Rovers']),
 ('Wexley Town', 'ORGANIZATION', ['Wexley Town', 'Wexley', 'Wexley’s']),
 ('the league', 'ORGANIZATION', ['The league']),
 ('Harrowfield Rovers fans', 'GROUP', ['the home end']),
 ('Brook Lane', 'LOCATION', ['Brook Lane']),
 ('Castleford', 'LOCATION', ['Castleford']),
]
