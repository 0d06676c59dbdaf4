import re

ID = 'v04-games-studio-tribunal'
GENRE = 'employment tribunal report (Scottish regional paper)'
NOTE = ('Genre: employment tribunal report in a Scottish regional paper; British single quotes (‘ ’, the same glyph as '
        'the apostrophe) with double quotes inside; the tribunal as speaker of its ruling ("has ruled", "upheld", '
        '"rejected" with noun-phrase contents) and the judge as speaker of the written judgment ("found that", "wrote '
        'that", "criticised"); a cross-examination question reported with quoted fragments ("asked ... whether ‘...’ '
        'meant ‘...’", required ASKS, as dev 09) and the direct exchange that follows; an email quoted inside the '
        'judgment (nested, optional); an indirect quote interrupted by its attribution ("The sequel, Judge Cairns noted, '
        '..."); a company statement as the mention of its speaker; a quote split by a descriptor ("the 34-year-old '
        'added"); game titles and a word mentioned in double quotes ("pregnant") are not quotations; the headline '
        'quote ("tribunal rules") is optional.')
NONQUOTES = [('‘Harvest Hollow’', 'game title'), ('‘Harvest Hollow 2’', 'game title'), ('“pregnant”', 'a word mentioned, inside a quotation')]
TEXT = """
Games studio ‘sidelined’ pregnant developer, tribunal rules

Lead programmer at Dundee’s Thistlebyte Games was moved off flagship sequel six weeks into her pregnancy

By Kirsty Lennox

A Dundee video games studio discriminated against one of its most senior developers by taking her off its biggest project weeks after learning she was pregnant, an employment tribunal has ruled.

Morag Petrie, 34, was lead gameplay programmer at Thistlebyte Games, the studio behind the hit farming game ‘Harvest Hollow’, when she became pregnant with her first child in early 2024. Within six weeks she had been moved off ‘Harvest Hollow 2’ and given what she described as ‘bug-fixing on games nobody plays any more’.

In a written judgment published on Monday, Employment Judge Fiona Cairns found that the move was ‘because of her pregnancy and for no other reason’, and that the explanation the company gave at the hearing was ‘not credible’.

The tribunal upheld her claims of pregnancy discrimination and constructive unfair dismissal but rejected a separate claim of harassment.

Ms Petrie, who resigned in September 2024, told the hearing in Dundee in the summer that she had been ‘written out of the studio like a character nobody needed’.

‘I had shipped three games for them. I had trained half the team. Then I said the word “pregnant” in a meeting and it was as if someone had pressed delete,’ she said.

The studio’s co-founder and chief executive, Callum Dreghorn, told the tribunal that the reassignment had been ‘purely a scheduling decision’, taken because the sequel needed someone who could commit to a two-year production schedule.

Under cross-examination, Ms Petrie’s barrister, Anjali Sood, asked him whether ‘commit to a two-year schedule’ meant ‘not going on maternity leave’.

‘I wouldn’t put it like that,’ Mr Dreghorn replied.

‘How would you put it?’ Ms Sood asked.

‘I’d say the project needed stability,’ he said.

Judge Cairns wrote that Mr Dreghorn’s evidence on the point had been ‘evasive’, and that an email he sent to a producer two days after Ms Petrie told him her news, which read ‘we need to plan around Morag now’, was ‘difficult to reconcile with any innocent explanation’.

The judge also criticised the company’s internal investigation into Ms Petrie’s grievance, which was carried out by a director who had been involved in the decision to move her. The sequel, Judge Cairns noted, was eventually delayed by 14 months for reasons that had nothing to do with staffing.

A hearing to decide how much compensation Ms Petrie should receive will be held in January.

In a statement, Thistlebyte said it was ‘disappointed’ by the judgment and was ‘considering it carefully with our legal advisers’.

‘We are proud of our record as an employer and of the many parents who work at Thistlebyte,’ the statement said.

Speaking outside the tribunal building, Ms Petrie said she had brought the case ‘for every woman in this industry who has been told she’s a risk’.

‘Games studios love to talk about being families. Families don’t drop you when you’re having a baby,’ she said.

‘I’m not bitter,’ the 34-year-old added. ‘I just want the next person to be believed faster than I was.’

Gráinne Boyle, Scotland organiser for the Game Workers’ Union, warned other studios that long unpaid overtime was ‘now a legal risk, not just a moral one’ for employers whose staff had caring responsibilities.

Ms Petrie now works for a games company in Edinburgh.
"""

_T = TEXT.strip('\n') + '\n'


def after(s, anchor):
    """Occurrence index (as build.py counts them) of the first "s" starting at or after the text "anchor"."""
    a = _T.index(anchor)
    occ = [m.start() for m in re.finditer(r'(?<!\w)' + re.escape(s) + r'(?!\w)', _T)]
    return min(i for i, o in enumerate(occ) if o >= a)


QUOTES = [
 dict(type='mixed', c='Games studio ‘sidelined’ pregnant developer', s='employment tribunal', m='tribunal', mi=0, cue='rules', r='STATES', ra=['ACCUSES', 'CRITICIZES'], t='Thistlebyte Games', opt=True),
 dict(type='indirect', c='A Dundee video games studio discriminated against one of its most senior developers by taking her off its biggest project weeks after learning she was pregnant', s='employment tribunal', m='an employment tribunal', cue='has ruled', r='STATES', ra=['ACCUSES', 'CRITICIZES'], t='Thistlebyte Games'),
 dict(type='mixed', c='bug-fixing on games nobody plays any more', s='Morag Petrie', m='she', mi=after('she', 'she described'), cue='described', r='CRITICIZES', ra=['STATES'], t='Thistlebyte Games'),
 dict(type='mixed', c='the move was ‘because of her pregnancy and for no other reason’, and that the explanation the company gave at the hearing was ‘not credible’', s='Fiona Cairns', m='Employment Judge Fiona Cairns', cue='found', r='STATES', ra=['ACCUSES', 'CRITICIZES'], t='Thistlebyte Games'),
 dict(type='indirect', c='her claims of pregnancy discrimination and constructive unfair dismissal', s='employment tribunal', m='The tribunal', cue='upheld', r='SUPPORTS', t='Morag Petrie'),
 dict(type='indirect', c='a separate claim of harassment', s='employment tribunal', m='The tribunal', cue='rejected', r='REJECTS', t='Morag Petrie'),
 dict(type='mixed', c='she had been ‘written out of the studio like a character nobody needed’', s='Morag Petrie', m='Ms Petrie', cue='told', r='CRITICIZES', ra=['STATES', 'ACCUSES'], t='Thistlebyte Games'),
 dict(type='direct', c='I had shipped three games for them. I had trained half the team. Then I said the word “pregnant” in a meeting and it was as if someone had pressed delete,', s='Morag Petrie', m='she', cue='said', r='CRITICIZES', ra=['ACCUSES', 'STATES'], t='Thistlebyte Games'),
 dict(type='mixed', c='the reassignment had been ‘purely a scheduling decision’, taken because the sequel needed someone who could commit to a two-year production schedule', s='Callum Dreghorn', m='Callum Dreghorn', cue='told', r='DENIES', ra=['STATES'], t='Morag Petrie'),
 dict(type='mixed', c='whether ‘commit to a two-year schedule’ meant ‘not going on maternity leave’', s='Anjali Sood', m='Anjali Sood', cue='asked', r='ASKS', ra=['ACCUSES'], t='Callum Dreghorn'),
 dict(type='direct', c='I wouldn’t put it like that,', s='Callum Dreghorn', m='Mr Dreghorn', cue='replied', r='STATES', ra=['DENIES', 'REJECTS'], ta=['Anjali Sood']),
 dict(type='direct', c='How would you put it?', s='Anjali Sood', m='Ms Sood', cue='asked', r='ASKS', t='Callum Dreghorn'),
 dict(type='direct', c='I’d say the project needed stability,', s='Callum Dreghorn', m='he', cue='said', r='STATES', ra=['DENIES']),
 dict(type='mixed', c='Mr Dreghorn’s evidence on the point had been ‘evasive’, and that an email he sent to a producer two days after Ms Petrie told him her news, which read ‘we need to plan around Morag now’, was ‘difficult to reconcile with any innocent explanation’', s='Fiona Cairns', m='Judge Cairns', cue='wrote', r='CRITICIZES', ra=['ACCUSES', 'STATES'], t='Callum Dreghorn'),
 dict(type='direct', c='we need to plan around Morag now', s='Callum Dreghorn', m='he', mi=after('he', 'he sent to a producer'), cue='read', r='STATES', t='Morag Petrie', opt=True),
 dict(type='indirect', c='the company’s internal investigation into Ms Petrie’s grievance', s='Fiona Cairns', m='The judge', cue='criticised', r='CRITICIZES', t='Thistlebyte Games'),
 dict(type='indirect', c='The sequel, Judge Cairns noted, was eventually delayed by 14 months for reasons that had nothing to do with staffing', frags=['The sequel', 'was eventually delayed by 14 months for reasons that had nothing to do with staffing'], s='Fiona Cairns', m='Judge Cairns', cue='noted', r='STATES', ra=['CRITICIZES', 'DENIES'], ta=['Callum Dreghorn']),
 dict(type='mixed', c='it was ‘disappointed’ by the judgment and was ‘considering it carefully with our legal advisers’', s='Thistlebyte Games', m='Thistlebyte', cue='said', r='STATES', ra=['CRITICIZES'], ta=['employment tribunal']),
 dict(type='direct', c='We are proud of our record as an employer and of the many parents who work at Thistlebyte,', s='Thistlebyte Games', m='the statement', cue='said', r='STATES', ra=['PRAISES', 'DENIES'], ta=['Morag Petrie']),
 dict(type='mixed', c='she had brought the case ‘for every woman in this industry who has been told she’s a risk’', s='Morag Petrie', m='Ms Petrie', cue='said', r='STATES', ra=['CRITICIZES']),
 dict(type='direct', c='Games studios love to talk about being families. Families don’t drop you when you’re having a baby,', s='Morag Petrie', m='she', cue='said', r='CRITICIZES', t='games studios', ta=['Thistlebyte Games']),
 dict(type='direct', c='I’m not bitter,', s='Morag Petrie', m='the 34-year-old', cue='added', r='STATES', ra=['DENIES']),
 dict(type='direct', c='I just want the next person to be believed faster than I was.', s='Morag Petrie', m='the 34-year-old', cue='added', r='STATES', ra=['CRITICIZES']),
 dict(type='mixed', c='long unpaid overtime was ‘now a legal risk, not just a moral one’ for employers whose staff had caring responsibilities', s='Gráinne Boyle', m='Gráinne Boyle', cue='warned', r='WARNS', t='games studios'),
]
ENTITIES = [
 ('Morag Petrie', 'PERSON', ['Morag Petrie', 'Ms Petrie', 'Ms Petrie’s', 'the 34-year-old', 'Morag']),
 ('Fiona Cairns', 'PERSON', ['Employment Judge Fiona Cairns', 'Judge Cairns', 'The judge']),
 ('Callum Dreghorn', 'PERSON', ['The studio’s co-founder and chief executive, Callum Dreghorn', 'Callum Dreghorn', 'Mr Dreghorn', 'Mr Dreghorn’s']),
 ('Anjali Sood', 'PERSON', ['Ms Petrie’s barrister, Anjali Sood', 'Anjali Sood', 'Ms Sood']),
 ('Gráinne Boyle', 'PERSON', ['Gráinne Boyle']),
 ('Kirsty Lennox', 'PERSON', ['Kirsty Lennox']),
 ('Thistlebyte Games', 'ORGANIZATION', ['Thistlebyte Games', 'Thistlebyte', 'Dundee’s Thistlebyte Games', 'the studio', 'the company', 'A Dundee video games studio']),
 ('employment tribunal', 'ORGANIZATION', ['an employment tribunal', 'The tribunal', 'tribunal']),
 ('Game Workers’ Union', 'ORGANIZATION', ['the Game Workers’ Union']),
 ('games studios', 'GROUP', ['other studios', 'Games studios']),
 ('Dundee', 'LOCATION', ['Dundee']),
 ('Edinburgh', 'LOCATION', ['Edinburgh']),
 ('Scotland', 'LOCATION', ['Scotland']),
]
