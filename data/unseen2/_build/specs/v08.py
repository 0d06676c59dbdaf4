ID = 'v08-erie-school-closures-hearing'
GENRE = 'school-closure consultation, US local newspaper'
NOTE = ('Genre: US local-paper report of a public hearing on school closures; straight double quotes, AP style '
        '(punctuation inside the marks); a plan name and T-shirt slogans in quotes are not quotations; district officials '
        'as a group speaker; a quotation split by an inverted attribution with a participle phrase ("said Okonkwo, '
        'holding her youngest on her hip"); a board member\'s question at a public hearing ("asked X whether", required '
        'ASKS) and the answer ("said it had, but that ..."); a consultants\' study as the mention of its authors '
        '("According to a facilities study ..."); "accused the district of using ..."; an emailed statement; a child\'s '
        'words introduced by a colon; "called the turnout" plus a quoted phrase (fragment) and "promised that"; "who has '
        'not said how he will vote" is not annotated, and the cue of the last quotation is the later "said".')
NONQUOTES = [('"Right-Size 2030,"', 'plan name'), ('"Save Birchwood"', 'T-shirt slogan'), ('"Keep Keene Creek."', 'T-shirt slogan')]
TEXT = """
Parents pack hearing as district weighs closing two Erie elementary schools

By Jenna Marquette
Staff Writer

ERIE, Pa. - More than 300 parents, teachers and students packed the Harborview Middle School auditorium Tuesday night for the first public hearing on a proposal to close two of the Presque Isle Unified School District's elementary schools at the end of next school year.

The plan, which the district has named "Right-Size 2030," would close Birchwood and Keene Creek elementary schools and move their 540 students to three other buildings. District officials say the closures would save about $3.1 million a year.

Superintendent Laura Pedersen told the crowd the district had lost nearly 1,200 students over the past decade and could no longer afford to heat and staff buildings that were half empty.

"Nobody goes into education to close schools. I certainly didn't," Pedersen said. "But I would rather make a hard decision now than hand the next superintendent a deficit she can't fix."

Most of the 41 people who signed up to speak were not persuaded. Many in the audience wore green T-shirts reading "Save Birchwood" or orange ones reading "Keep Keene Creek."

Danielle Okonkwo, a mother of three whose children attend Birchwood, said the district was "closing the schools families can walk to and keeping the ones they have to drive to."

"My kids walk six blocks to school. Under this plan they'd be on a bus for 40 minutes each way," said Okonkwo, holding her youngest on her hip. "Tell me how that's better for them."

School board member Greg Nygaard asked Pedersen whether the district had considered selling its administration building on State Street instead.

Pedersen said it had, but that a sale would bring in a one-time sum rather than savings year after year.

According to a facilities study the district commissioned from the Pittsburgh consulting firm Marlow & Pierce, the district's 14 elementary schools are operating at an average of 62% of capacity, and Birchwood alone needs about $8 million in roof and boiler repairs over the next five years.

Renata Vogel, president of the Presque Isle Education Association, which represents about 900 teachers, accused the district of using the study to justify "a decision that was made before anybody asked a parent." She urged the board to delay any vote until an independent review of the district's enrollment projections is completed.

"Close two schools now, and in three years they'll be back for two more," Vogel said.

District spokeswoman Kari Lindahl said in an email Wednesday that no decision had been made and that board members would "weigh every comment" before voting.

Eleven-year-old Mateo Reyes, a fifth-grader at Keene Creek, told the board: "Our school is small, but everybody knows everybody. If you close it, we won't be a school anymore. We'll just be kids on a bus."

Not everyone opposed the plan. Tom Benedetti, whose two children attend Lakeview Elementary, one of the schools that would take in students, said larger schools could afford more specialist teachers.

"I went to a school with 180 kids and we had art once a month," he said. "Bigger isn't always worse."

Board President Linda Sorensen called the turnout "democracy the way it's supposed to look" and promised that the board would hold a second hearing in February at Birchwood itself, so that east side families would not have to drive across town.

Nygaard, who has not said how he will vote, said after the meeting that he had "real questions" about the enrollment projections.

The board is scheduled to vote March 11.
"""
import re
_T = TEXT.strip('\n') + '\n'


def after(s, anchor):
    """Occurrence index (as build.py counts them) of the first "s" starting at or after the text "anchor"."""
    a = _T.index(anchor)
    occ = [m.start() for m in re.finditer(r'(?<!\w)' + re.escape(s) + r'(?!\w)', _T)]
    return min(i for i, o in enumerate(occ) if o >= a)


QUOTES = [
 dict(type='indirect', c='the closures would save about $3.1 million a year', s='district officials', m='District officials', cue='say', r='STATES', ra=['CLAIMS']),
 dict(type='indirect', c='the district had lost nearly 1,200 students over the past decade and could no longer afford to heat and staff buildings that were half empty', s='Laura Pedersen', m='Superintendent Laura Pedersen', cue='told', r='STATES'),
 dict(type='direct', c="Nobody goes into education to close schools. I certainly didn't,", s='Laura Pedersen', m='Pedersen', cue='said', r='STATES'),
 dict(type='direct', c="But I would rather make a hard decision now than hand the next superintendent a deficit she can't fix.", s='Laura Pedersen', m='Pedersen', cue='said', r='STATES', ra=['WARNS']),
 dict(type='mixed', c='the district was "closing the schools families can walk to and keeping the ones they have to drive to."', s='Danielle Okonkwo', m='Danielle Okonkwo', cue='said', r='CRITICIZES', t='Presque Isle Unified School District'),
 dict(type='direct', c="My kids walk six blocks to school. Under this plan they'd be on a bus for 40 minutes each way,", s='Danielle Okonkwo', m='Okonkwo', cue='said', r='CRITICIZES', ra=['STATES'], t='Presque Isle Unified School District'),
 dict(type='direct', c="Tell me how that's better for them.", s='Danielle Okonkwo', m='Okonkwo', cue='said', r='CRITICIZES', ra=['ASKS'], t='Presque Isle Unified School District', ta=['Laura Pedersen']),
 dict(type='indirect', c='whether the district had considered selling its administration building on State Street instead', s='Greg Nygaard', m='School board member Greg Nygaard', cue='asked', r='ASKS', t='Laura Pedersen'),
 dict(type='indirect', c='it had, but that a sale would bring in a one-time sum rather than savings year after year', s='Laura Pedersen', m='Pedersen', cue='said', r='STATES', ra=['REJECTS'], ta=['Greg Nygaard']),
 dict(type='indirect', c="the district's 14 elementary schools are operating at an average of 62% of capacity, and Birchwood alone needs about $8 million in roof and boiler repairs over the next five years", s='Marlow & Pierce', m='a facilities study', cue='According to', r='STATES'),
 dict(type='mixed', c='using the study to justify "a decision that was made before anybody asked a parent."', s='Renata Vogel', m='Renata Vogel', cue='accused', r='ACCUSES', ra=['CRITICIZES'], t='Presque Isle Unified School District'),
 dict(type='indirect', c="delay any vote until an independent review of the district's enrollment projections is completed", s='Renata Vogel', m='She', cue='urged', r='URGES', t='Presque Isle school board'),
 dict(type='direct', c="Close two schools now, and in three years they'll be back for two more,", s='Renata Vogel', m='Vogel', cue='said', r='WARNS', ra=['CRITICIZES'], t='Presque Isle Unified School District'),
 dict(type='mixed', c='no decision had been made and that board members would "weigh every comment" before voting', s='Kari Lindahl', m='District spokeswoman Kari Lindahl', cue='said', r='DENIES', ra=['STATES', 'PROMISES'], t='Renata Vogel'),
 dict(type='direct', c="Our school is small, but everybody knows everybody. If you close it, we won't be a school anymore. We'll just be kids on a bus.", s='Mateo Reyes', m='Eleven-year-old Mateo Reyes', cue='told', r='STATES', ra=['CRITICIZES', 'URGES'], ta=['Presque Isle school board']),
 dict(type='indirect', c='larger schools could afford more specialist teachers', s='Tom Benedetti', m='Tom Benedetti', cue='said', r='SUPPORTS', ra=['STATES', 'CLAIMS'], ta=['Presque Isle Unified School District']),
 dict(type='direct', c='I went to a school with 180 kids and we had art once a month,', s='Tom Benedetti', m='he', cue='said', r='STATES'),
 dict(type='direct', c="Bigger isn't always worse.", s='Tom Benedetti', m='he', cue='said', r='SUPPORTS', ra=['STATES', 'CLAIMS'], ta=['Presque Isle Unified School District']),
 dict(type='mixed', c="democracy the way it's supposed to look", s='Linda Sorensen', m='Board President Linda Sorensen', cue='called', r='PRAISES', ta=['parents']),
 dict(type='indirect', c='the board would hold a second hearing in February at Birchwood itself, so that east side families would not have to drive across town', s='Linda Sorensen', m='Board President Linda Sorensen', cue='promised', r='PROMISES', ta=['parents']),
 dict(type='mixed', c='he had "real questions" about the enrollment projections', s='Greg Nygaard', m='Nygaard', cue='said', cuei=after('said', 'said after the meeting'), r='CRITICIZES', ra=['STATES'], t='Presque Isle Unified School District'),
]
ENTITIES = [
 ('Laura Pedersen', 'PERSON', ['Superintendent Laura Pedersen', 'Pedersen']),
 ('Danielle Okonkwo', 'PERSON', ['Danielle Okonkwo', 'Okonkwo']),
 ('Greg Nygaard', 'PERSON', ['School board member Greg Nygaard', 'Nygaard']),
 ('Renata Vogel', 'PERSON', ['Renata Vogel', 'Vogel']),
 ('Kari Lindahl', 'PERSON', ['District spokeswoman Kari Lindahl']),
 ('Mateo Reyes', 'PERSON', ['Eleven-year-old Mateo Reyes']),
 ('Tom Benedetti', 'PERSON', ['Tom Benedetti']),
 ('Linda Sorensen', 'PERSON', ['Board President Linda Sorensen']),
 ('Jenna Marquette', 'PERSON', ['Jenna Marquette']),
 ('Presque Isle Unified School District', 'ORGANIZATION', ['the Presque Isle Unified School District', 'the district', "the district's", 'district']),
 ('Presque Isle school board', 'ORGANIZATION', ['the board', 'School board', 'board members']),
 ('Marlow & Pierce', 'ORGANIZATION', ['Marlow & Pierce', 'a facilities study']),
 ('Presque Isle Education Association', 'ORGANIZATION', ['the Presque Isle Education Association']),
 ('district officials', 'GROUP', ['District officials']),
 ('parents', 'GROUP', ['parents', 'east side families']),
 ('Erie', 'LOCATION', ['Erie', 'ERIE']),
 ('Pittsburgh', 'LOCATION', ['Pittsburgh']),
]
