ID = 'u03-airline-inquiry-liveblog'
GENRE = 'live blog with timestamps'
NOTE = ('Genre: live blog of a parliamentary hearing (Australia); timestamps; present-tense cues (says, asks, accuses, '
        'blames, confirms, emails, writes); transcript-style exchanges "Name: “...”" (speaker label, cue null, as the dev '
        'live blog does); senators\' questions as required ASKS (hearing questions, not interviewer questions); a reader '
        'email; a minister\'s social-media post introduced by a colon on its own paragraph; "according to"; an '
        'organisation statement; the blog\'s own reporter quoted after a colon.')
NONQUOTES = []
TEXT = """
Austral Wings boss faces senators over winter cancellations – as it happened

9.31am AEST
Good morning and welcome to our live coverage of the Senate inquiry into flight cancellations. Austral Wings chief executive Lachlan Brereton is due to appear at 10am, after the airline cancelled more than 4,000 flights between June and August.

9.48am
Ahead of the hearing, the Transport Workers’ Guild has put out a statement. It says cabin crew were “rostered to breaking point” this winter and blames management for cutting staff numbers too deeply during the pandemic.

10.04am
Brereton opens with an apology. “To every passenger who spent a night on an airport floor this winter: I am sorry. We let you down, and I take responsibility for that,” he tells the committee.

10.09am
He says the airline has now refunded 96% of affected passengers and that the backlog of claims will be cleared by the end of October.

10.15am
Senator Ruth Kovac, who chairs the inquiry, isn’t buying the 96% figure. She asks Brereton why the airline’s own complaints data, obtained by the committee, shows more than 30,000 refund claims still open.

Brereton: “Those figures count every claim, including duplicates. When you strip those out, the number is much smaller.”

Kovac: “How much smaller?”

Brereton: “I’d have to take that on notice.”

10.22am
Kovac accuses the airline of “hiding behind duplicates” and says the committee will order the release of the full data if it is not handed over within a week.

10.40am
Plenty of you have been in touch this morning. A reader, Margaret from Ballarat, emails:

“We were stranded in Cairns for three days with two kids and got a $50 food voucher. I’d like the senators to ask him whether he has ever slept in a terminal.”

Thanks Margaret – we’ll keep an eye out for that question.

10.52am
The transport minister, Daniel Achterfeld, has weighed in on social media. He writes:

“Airlines that sell tickets for flights they can’t operate should pay for it. We will legislate minimum compensation this year.”

11.05am
Back in the hearing room, Senator Tom Ashgrove asks Brereton whether executives received bonuses during the cancellations.

Brereton confirms the executive team received short-term incentive payments in August but says they were “based on last year’s results, not this winter’s”.

Ashgrove: “So passengers slept on floors and you got a bonus.”

Brereton: “That’s not a fair characterisation, senator.”

11.30am
Fair Fares Australia, the passenger advocacy group, says Brereton’s apology is “welcome but worthless without compensation”. Its director, Priya Nandakumar, tells us the group has received more than 2,000 complaints since June.

11.48am
The hearing has wrapped up. According to the committee secretariat, Austral Wings has until 14 October to answer the questions taken on notice.

12.02pm
Summing up, our aviation reporter Jess Tan says the senators landed some blows but the airline’s chief gave little ground: “He apologised, and he did it well. What he didn’t give the committee was a number.”

That’s where we’ll leave our coverage for today. Thanks for following along.
"""
QUOTES = [
 dict(type='mixed', c='cabin crew were “rostered to breaking point” this winter', s='Transport Workers’ Guild', m='It', cue='says', r='CRITICIZES', ra=['ACCUSES', 'STATES'], t='Austral Wings'),
 dict(type='indirect', c='cutting staff numbers too deeply during the pandemic', s='Transport Workers’ Guild', m='It', cue='blames', r='ACCUSES', ra=['CRITICIZES'], t='Austral Wings'),
 dict(type='direct', c='To every passenger who spent a night on an airport floor this winter: I am sorry. We let you down, and I take responsibility for that,', s='Lachlan Brereton', m='he', cue='tells', r='STATES', t='passengers', ta=[]),
 dict(type='indirect', c='the airline has now refunded 96% of affected passengers and that the backlog of claims will be cleared by the end of October', s='Lachlan Brereton', m='He', cue='says', r='STATES', ra=['CLAIMS', 'PROMISES']),
 dict(type='indirect', c='why the airline’s own complaints data, obtained by the committee, shows more than 30,000 refund claims still open', s='Ruth Kovac', m='She', cue='asks', r='ASKS', ra=['CRITICIZES'], t='Lachlan Brereton'),
 dict(type='direct', c='Those figures count every claim, including duplicates. When you strip those out, the number is much smaller.', s='Lachlan Brereton', m='Brereton', cue=None, r='DENIES', ra=['REJECTS', 'STATES'], t='Ruth Kovac'),
 dict(type='direct', c='How much smaller?', s='Ruth Kovac', m='Kovac', cue=None, r='ASKS', t='Lachlan Brereton'),
 dict(type='direct', c='I’d have to take that on notice.', s='Lachlan Brereton', m='Brereton', cue=None, r='STATES'),
 dict(type='mixed', c='hiding behind duplicates', s='Ruth Kovac', m='Kovac', cue='accuses', r='ACCUSES', t='Austral Wings'),
 dict(type='indirect', c='the committee will order the release of the full data if it is not handed over within a week', s='Ruth Kovac', m='Kovac', cue='says', r='WARNS', ra=['STATES'], t='Austral Wings'),
 dict(type='direct', c='We were stranded in Cairns for three days with two kids and got a $50 food voucher. I’d like the senators to ask him whether he has ever slept in a terminal.', s='Margaret', m='A reader, Margaret from Ballarat', cue='emails', r='CRITICIZES', ra=['STATES', 'URGES'], t='Lachlan Brereton', ta=['Austral Wings']),
 dict(type='direct', c='Airlines that sell tickets for flights they can’t operate should pay for it. We will legislate minimum compensation this year.', s='Daniel Achterfeld', m='He', cue='writes', r='PROMISES', ra=['WARNS', 'CRITICIZES'], t='airlines', ta=['Austral Wings']),
 dict(type='indirect', c='whether executives received bonuses during the cancellations', s='Tom Ashgrove', m='Senator Tom Ashgrove', cue='asks', r='ASKS', t='Lachlan Brereton'),
 dict(type='indirect', c='the executive team received short-term incentive payments in August', s='Lachlan Brereton', m='Brereton', cue='confirms', r='STATES'),
 dict(type='mixed', c='they were “based on last year’s results, not this winter’s”', s='Lachlan Brereton', m='Brereton', mi=6, cue='says', r='STATES', ra=['DENIES', 'REJECTS']),
 dict(type='direct', c='So passengers slept on floors and you got a bonus.', s='Tom Ashgrove', m='Ashgrove', cue=None, r='CRITICIZES', ra=['ACCUSES'], t='Lachlan Brereton'),
 dict(type='direct', c='That’s not a fair characterisation, senator.', s='Lachlan Brereton', m='Brereton', cue=None, r='REJECTS', ra=['DENIES'], t='Tom Ashgrove'),
 dict(type='mixed', c='Brereton’s apology is “welcome but worthless without compensation”', s='Fair Fares Australia', m='Fair Fares Australia', cue='says', r='CRITICIZES', t='Lachlan Brereton'),
 dict(type='indirect', c='the group has received more than 2,000 complaints since June', s='Priya Nandakumar', m='Priya Nandakumar', cue='tells', r='STATES'),
 dict(type='indirect', c='Austral Wings has until 14 October to answer the questions taken on notice', s='committee secretariat', m='the committee secretariat', cue='According to', r='STATES'),
 dict(type='indirect', c='the senators landed some blows but the airline’s chief gave little ground', s='Jess Tan', m='our aviation reporter Jess Tan', cue='says', r='STATES', ra=['CRITICIZES']),
 dict(type='direct', c='He apologised, and he did it well. What he didn’t give the committee was a number.', s='Jess Tan', m='our aviation reporter Jess Tan', cue='says', r='CRITICIZES', ra=['STATES', 'PRAISES'], t='Lachlan Brereton'),
]
ENTITIES = [
 ('Lachlan Brereton', 'PERSON', ['Austral Wings chief executive Lachlan Brereton', 'Brereton', 'Brereton’s', 'the airline’s chief']),
 ('Ruth Kovac', 'PERSON', ['Senator Ruth Kovac', 'Kovac']),
 ('Tom Ashgrove', 'PERSON', ['Senator Tom Ashgrove', 'Ashgrove']),
 ('Daniel Achterfeld', 'PERSON', ['The transport minister, Daniel Achterfeld', 'Daniel Achterfeld']),
 ('Margaret', 'PERSON', ['A reader, Margaret from Ballarat', 'Margaret']),
 ('Priya Nandakumar', 'PERSON', ['Priya Nandakumar', 'Its director']),
 ('Jess Tan', 'PERSON', ['our aviation reporter Jess Tan']),
 ('Austral Wings', 'ORGANIZATION', ['Austral Wings', 'the airline', 'management']),
 ('Transport Workers’ Guild', 'ORGANIZATION', ['the Transport Workers’ Guild']),
 ('Fair Fares Australia', 'ORGANIZATION', ['Fair Fares Australia', 'the group']),
 ('Senate inquiry', 'ORGANIZATION', ['the Senate inquiry', 'the committee', 'the inquiry']),
 ('committee secretariat', 'ORGANIZATION', ['the committee secretariat']),
 ('passengers', 'GROUP', ['passengers', 'affected passengers']),
 ('airlines', 'GROUP', ['Airlines']),
 ('Australia', 'COUNTRY', ['Australia']),
 ('Cairns', 'LOCATION', ['Cairns']),
 ('Ballarat', 'LOCATION', ['Ballarat']),
]
