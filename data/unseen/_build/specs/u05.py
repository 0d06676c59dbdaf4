ID = 'u05-charity-fraud-trial'
GENRE = 'court report (UK crown court)'
NOTE = ('Genre: British court report; "told the court", "told the jury", "prosecuting"; a plea ("denies six counts") as '
        'DENIES; nested quotes (a barrister quoting the defendant in single marks inside double marks: the outer quote '
        'is required, the inner one optional); a message quoted after "wrote:" and a reply reported "According to the '
        'prosecution, Penhale replied: ..." (speaker = the one who replied); an indirect quote interrupted by its '
        'attribution; sourceless attributions ("a jury has been told", "The court heard that ...", speaker implicit: the '
        'prosecutor opening the case) and the headline quote are optional; labels in quotes ("equipment", "consultancy") '
        'inside an indirect quote do not make it mixed.')
NONQUOTES = [('“equipment”', 'transfer label'), ('“consultancy”', 'transfer label')]
TEXT = """
Charity founder ‘treated donations as a personal bank’, fraud trial hears

The founder of a children’s hospice charity spent more than £380,000 of donations on holidays, a showjumping horse and the renovation of his Cheshire farmhouse, a jury has been told.

Alistair Penhale, 58, who set up the Little Lanterns Trust in 2011, denies six counts of fraud by abuse of position.

Opening the case at Chester crown court on Monday, Harriet Lomax KC, prosecuting, said Penhale had treated the trust as “a personal bank with a charity attached”.

“Members of the jury, the people who gave to this charity gave because they wanted to help dying children,” she said. “They did not give so that Mr Penhale could buy a showjumper.”

The court heard that Penhale, who was paid £62,000 a year as chief executive, made more than 200 transfers from the trust’s main account to a business account in his wife’s name between 2016 and 2022.

Lomax said the transfers were labelled with descriptions such as “equipment” and “consultancy”, and that the trust’s trustees had not been told about them.

The jury was shown messages between Penhale and the trust’s former finance officer, Joanne Kirkby, who is expected to give evidence later in the trial. In one, sent in March 2019, Kirkby wrote: “These don’t look like equipment to me, Alistair. Can we talk?”

According to the prosecution, Penhale replied: “It’s all above board. I’ll sort the paperwork.”

Kirkby resigned four months later. When the trustees finally commissioned an independent audit in 2022, the prosecutor said, Penhale tried to delay it.

“He told the chair of trustees, ‘Auditors cost money, and that money should be going to the kids,’” Lomax said. “The irony of that sentence will not be lost on you.”

Penhale’s barrister, Owen Tremlett KC, told the jury that his client “accepts he was careless with paperwork” but had never intended to defraud anyone.

“This is a man who built something remarkable from nothing and, yes, ran it like a family business,” Tremlett said. “Sloppy is not the same as dishonest.”

He said the farmhouse works had been paid back “in full, with interest” before the audit began, and that the horse had been bought for the charity’s equine therapy programme.

Lomax had anticipated that explanation. The trust’s records, she told the jury, showed that no equine therapy session had ever taken place.

Outside court, a handful of former volunteers held a vigil with paper lanterns. One of them, Sheila Boyd, 71, said she had raised £6,000 for the trust through sponsored walks.

“I walked 26 miles for those children,” the retired teacher said. “I didn’t walk it for a horse.”

Judge Patricia Merriman reminded jurors not to research the case online or discuss it with anyone outside the jury room.

The trial, expected to last three weeks, continues.
"""
QUOTES = [
 dict(type='mixed', c='Charity founder ‘treated donations as a personal bank’', s='Harriet Lomax', m=None, cue='hears', r='ACCUSES', ra=['CLAIMS'], t='Alistair Penhale', opt=True),
 dict(type='indirect', c='The founder of a children’s hospice charity spent more than £380,000 of donations on holidays, a showjumping horse and the renovation of his Cheshire farmhouse', s='Harriet Lomax', m=None, cue='has been told', r='ACCUSES', ra=['STATES', 'CLAIMS'], t='Alistair Penhale', opt=True),
 dict(type='indirect', c='six counts of fraud by abuse of position', s='Alistair Penhale', m='Alistair Penhale', cue='denies', r='DENIES', ta=['Harriet Lomax']),
 dict(type='mixed', c='Penhale had treated the trust as “a personal bank with a charity attached”', s='Harriet Lomax', m='Harriet Lomax KC', cue='said', r='ACCUSES', ra=['CRITICIZES', 'CLAIMS'], t='Alistair Penhale'),
 dict(type='direct', c='Members of the jury, the people who gave to this charity gave because they wanted to help dying children,', s='Harriet Lomax', m='she', cue='said', r='STATES', ra=['CLAIMS'], ta=['Alistair Penhale']),
 dict(type='direct', c='They did not give so that Mr Penhale could buy a showjumper.', s='Harriet Lomax', m='she', cue='said', r='ACCUSES', ra=['CRITICIZES'], t='Alistair Penhale'),
 dict(type='indirect', c='Penhale, who was paid £62,000 a year as chief executive, made more than 200 transfers from the trust’s main account to a business account in his wife’s name between 2016 and 2022', s='Harriet Lomax', m=None, cue='heard', r='STATES', ra=['ACCUSES', 'CLAIMS'], ta=['Alistair Penhale'], opt=True),
 dict(type='indirect', c='the transfers were labelled with descriptions such as “equipment” and “consultancy”, and that the trust’s trustees had not been told about them', s='Harriet Lomax', m='Lomax', cue='said', r='ACCUSES', ra=['STATES', 'CLAIMS'], t='Alistair Penhale'),
 dict(type='direct', c='These don’t look like equipment to me, Alistair. Can we talk?', s='Joanne Kirkby', m='Kirkby', cue='wrote', r='STATES', ra=['CRITICIZES', 'ASKS'], t='Alistair Penhale'),
 dict(type='direct', c='It’s all above board. I’ll sort the paperwork.', s='Alistair Penhale', m='Penhale', cue='replied', r='DENIES', ra=['STATES', 'PROMISES'], t='Joanne Kirkby'),
 dict(type='indirect', c='When the trustees finally commissioned an independent audit in 2022, the prosecutor said, Penhale tried to delay it', frags=['When the trustees finally commissioned an independent audit in 2022', 'Penhale tried to delay it'], s='Harriet Lomax', m='the prosecutor', cue='said', r='ACCUSES', ra=['STATES', 'CLAIMS'], t='Alistair Penhale'),
 dict(type='direct', c='He told the chair of trustees, ‘Auditors cost money, and that money should be going to the kids,’', s='Harriet Lomax', m='Lomax', cue='said', r='ACCUSES', ra=['STATES', 'CRITICIZES'], t='Alistair Penhale'),
 dict(type='direct', c='Auditors cost money, and that money should be going to the kids,', s='Alistair Penhale', m='He', cue='told', r='STATES', ra=['REJECTS'], t='chair of trustees', opt=True),
 dict(type='direct', c='The irony of that sentence will not be lost on you.', s='Harriet Lomax', m='Lomax', cue='said', r='CRITICIZES', ra=['ACCUSES'], t='Alistair Penhale'),
 dict(type='mixed', c='his client “accepts he was careless with paperwork” but had never intended to defraud anyone', s='Owen Tremlett', m='Owen Tremlett KC', cue='told', r='DENIES', ra=['STATES', 'SUPPORTS'], ta=['Harriet Lomax', 'Alistair Penhale']),
 dict(type='direct', c='This is a man who built something remarkable from nothing and, yes, ran it like a family business,', s='Owen Tremlett', m='Tremlett', cue='said', r='SUPPORTS', ra=['PRAISES', 'STATES'], t='Alistair Penhale'),
 dict(type='direct', c='Sloppy is not the same as dishonest.', s='Owen Tremlett', m='Tremlett', cue='said', r='REJECTS', ra=['DENIES', 'SUPPORTS'], t='Harriet Lomax', ta=['Alistair Penhale']),
 dict(type='mixed', c='the farmhouse works had been paid back “in full, with interest” before the audit began, and that the horse had been bought for the charity’s equine therapy programme', s='Owen Tremlett', m='He', cue='said', r='DENIES', ra=['STATES', 'CLAIMS'], ta=['Harriet Lomax']),
 dict(type='indirect', c='The trust’s records, she told the jury, showed that no equine therapy session had ever taken place', frags=['The trust’s records', 'showed that no equine therapy session had ever taken place'], s='Harriet Lomax', m='she', cue='told', r='STATES', ra=['DENIES', 'ACCUSES'], t='Owen Tremlett', ta=['Alistair Penhale']),
 dict(type='indirect', c='she had raised £6,000 for the trust through sponsored walks', s='Sheila Boyd', m='Sheila Boyd', cue='said', r='STATES'),
 dict(type='direct', c='I walked 26 miles for those children,', s='Sheila Boyd', m='the retired teacher', cue='said', r='STATES'),
 dict(type='direct', c='I didn’t walk it for a horse.', s='Sheila Boyd', m='the retired teacher', cue='said', r='CRITICIZES', t='Alistair Penhale'),
 dict(type='indirect', c='not to research the case online or discuss it with anyone outside the jury room', s='Patricia Merriman', m='Judge Patricia Merriman', cue='reminded', r='URGES', ra=['WARNS'], t='jurors'),
]
ENTITIES = [
 ('Alistair Penhale', 'PERSON', ['Alistair Penhale', 'Penhale', 'Mr Penhale', 'Penhale’s', 'his client', 'Alistair']),
 ('Harriet Lomax', 'PERSON', ['Harriet Lomax KC', 'Lomax', 'the prosecutor', 'the prosecution']),
 ('Owen Tremlett', 'PERSON', ['Penhale’s barrister, Owen Tremlett KC', 'Owen Tremlett KC', 'Tremlett']),
 ('Joanne Kirkby', 'PERSON', ['Joanne Kirkby', 'Kirkby', 'the trust’s former finance officer']),
 ('Sheila Boyd', 'PERSON', ['Sheila Boyd', 'the retired teacher']),
 ('Patricia Merriman', 'PERSON', ['Judge Patricia Merriman']),
 ('chair of trustees', 'PERSON', ['the chair of trustees']),
 ('Little Lanterns Trust', 'ORGANIZATION', ['the Little Lanterns Trust', 'the trust', 'this charity']),
 ('jurors', 'GROUP', ['jurors', 'the jury', 'Members of the jury']),
 ('Chester crown court', 'LOCATION', ['Chester crown court']),
 ('Cheshire', 'LOCATION', ['Cheshire']),
]
