ID = 'u07-supermarket-earnings'
GENRE = 'business / earnings story'
NOTE = ('Genre: business news on annual results; curly double quotes; company as speaker ("warned", "said", '
        '"According to the company’s annual report"); executives on a results call; analysts\' quotes including one '
        'written in a note to clients; "questioned whether" (ASKS); an anonymous "person familiar with the matter"; '
        'a colon after "she said:"; a headline scare quote (‘price war’), a brand name (“Elke Dag”) and a stock rating '
        '(“buy”) in quotes are not quotations; "declined to comment" is not a quotation.')
NONQUOTES = [('‘price war’', 'headline scare quote'), ('“Elke Dag”', 'brand name'), ('“buy”', 'stock rating')]
TEXT = """
Kroonveld profit slumps as ‘price war’ with discounters bites

AMSTERDAM – Dutch supermarket group Kroonveld reported an 18% fall in full-year operating profit on Thursday and warned that margins would stay under pressure this year as it cuts prices to win back shoppers from German discount chains.

Shares in the company, which runs 1,140 stores in the Netherlands and Belgium, fell 7.4% in morning trading, their steepest one-day drop since 2020.

Operating profit fell to €612 million from €746 million a year earlier. Sales rose 2.1% to €23.8 billion, helped by its own-label range, sold under the “Elke Dag” brand.

Chief executive Anouk Verbeek said Kroonveld had “made a deliberate choice” to give up short-term profit by cutting prices on about 2,000 everyday products.

“We could have protected the margin and watched our customers walk across the road. We decided not to,” Verbeek told reporters on a call. “I would make the same decision again tomorrow.” She promised shareholders that margins would recover “by 2028 at the latest”.

Finance chief Rutger Stam told analysts that the price cuts had cost about €210 million in the year and that he expected the “investment” to pay back through higher volumes by 2028.

Not all analysts were convinced. Hanneke Bos of Rijnmond Securities questioned whether the volume gains would last once the discounters responded with cuts of their own.

“Kroonveld is fighting the discounters on their own ground, and that is a fight you rarely win,” she said. “The question is how long the board has the stomach for it.”

Others were more upbeat. Jonas Lindberg, an analyst at Nordhavn Bank, called the results “the bottom of the cycle” and raised his rating on the stock to “buy”.

“The price investment is largely done. From here, volumes do the heavy lifting,” Lindberg wrote in a note to clients.

Kroonveld has lost market share for three consecutive years to the German discounters Preiswert and Sparmarkt. Preiswert said in a statement that it “welcomes competition” and had no plans to change its pricing in the Netherlands.

Kroonveld’s largest shareholder, the pension fund Stichting Zorgpensioen, said it continued to back the board’s strategy.

Kroonveld also said it would close 38 underperforming stores and cut about 650 head-office jobs, mostly by not replacing staff who leave.

The retail workers’ union Winkelbond condemned the cuts. Its spokeswoman, Sanne Hoekstra, said staff were “being asked to pay for a price war they did not start.”

Verbeek insisted the closures were “not a retreat”. Asked whether Kroonveld could become a takeover target after the share slide, she said: “We don’t comment on market speculation. We have a plan, and we are sticking to it.”

A person familiar with the matter said private equity firm Keizersgracht Capital had approached Kroonveld’s largest shareholder about its 14% stake late last year, but that no talks were under way. Keizersgracht declined to comment.

According to the company’s annual report, Verbeek’s total pay fell 22% to €2.9 million after she waived her annual bonus.
"""
QUOTES = [
 dict(type='indirect', c='margins would stay under pressure this year as it cuts prices to win back shoppers from German discount chains', s='Kroonveld', m='Dutch supermarket group Kroonveld', cue='warned', r='WARNS', ra=['STATES']),
 dict(type='mixed', c='Kroonveld had “made a deliberate choice” to give up short-term profit by cutting prices on about 2,000 everyday products', s='Anouk Verbeek', m='Chief executive Anouk Verbeek', cue='said', r='STATES', ra=['SUPPORTS']),
 dict(type='direct', c='We could have protected the margin and watched our customers walk across the road. We decided not to,', s='Anouk Verbeek', m='Verbeek', cue='told', r='STATES', ra=['SUPPORTS']),
 dict(type='direct', c='I would make the same decision again tomorrow.', s='Anouk Verbeek', m='Verbeek', cue='told', r='STATES', ra=['SUPPORTS']),
 dict(type='mixed', c='margins would recover “by 2028 at the latest”', s='Anouk Verbeek', m='She', cue='promised', r='PROMISES', ra=['STATES'], t='shareholders'),
 dict(type='mixed', c='the price cuts had cost about €210 million in the year and that he expected the “investment” to pay back through higher volumes by 2028', s='Rutger Stam', m='Finance chief Rutger Stam', cue='told', r='STATES', ra=['CLAIMS', 'PROMISES']),
 dict(type='indirect', c='whether the volume gains would last once the discounters responded with cuts of their own', s='Hanneke Bos', m='Hanneke Bos', cue='questioned', r='ASKS', ra=['CRITICIZES', 'WARNS'], t='Kroonveld'),
 dict(type='direct', c='Kroonveld is fighting the discounters on their own ground, and that is a fight you rarely win,', s='Hanneke Bos', m='she', cue='said', r='WARNS', ra=['CRITICIZES'], t='Kroonveld'),
 dict(type='direct', c='The question is how long the board has the stomach for it.', s='Hanneke Bos', m='she', cue='said', r='CRITICIZES', ra=['WARNS', 'STATES'], t='Kroonveld'),
 dict(type='mixed', c='the bottom of the cycle', s='Jonas Lindberg', m='Jonas Lindberg', cue='called', r='CLAIMS', ra=['STATES', 'SUPPORTS'], t='Kroonveld', ta=[]),
 dict(type='direct', c='The price investment is largely done. From here, volumes do the heavy lifting,', s='Jonas Lindberg', m='Lindberg', cue='wrote', r='SUPPORTS', ra=['CLAIMS', 'STATES', 'PRAISES'], t='Kroonveld', ta=[]),
 dict(type='mixed', c='it “welcomes competition” and had no plans to change its pricing in the Netherlands', s='Preiswert', m='Preiswert', mi=1, cue='said', r='STATES', ra=['REJECTS'], ta=['Kroonveld']),
 dict(type='indirect', c='it continued to back the board’s strategy', s='Stichting Zorgpensioen', m='the pension fund Stichting Zorgpensioen', cue='said', r='SUPPORTS', t='Kroonveld'),
 dict(type='indirect', c='it would close 38 underperforming stores and cut about 650 head-office jobs, mostly by not replacing staff who leave', s='Kroonveld', m='Kroonveld', cue='said', r='STATES'),
 dict(type='indirect', c='the cuts', s='Winkelbond', m='The retail workers’ union Winkelbond', cue='condemned', r='CRITICIZES', t='Kroonveld'),
 dict(type='mixed', c='staff were “being asked to pay for a price war they did not start.”', s='Sanne Hoekstra', m='Sanne Hoekstra', cue='said', r='CRITICIZES', ra=['ACCUSES'], t='Kroonveld'),
 dict(type='mixed', c='the closures were “not a retreat”', s='Anouk Verbeek', m='Verbeek', cue='insisted', r='CLAIMS', ra=['STATES', 'DENIES']),
 dict(type='direct', c='We don’t comment on market speculation. We have a plan, and we are sticking to it.', s='Anouk Verbeek', m='she', cue='said', r='STATES', ra=['REJECTS']),
 dict(type='indirect', c='private equity firm Keizersgracht Capital had approached Kroonveld’s largest shareholder about its 14% stake late last year, but that no talks were under way', s='person familiar with the matter', m='A person familiar with the matter', cue='said', r='STATES'),
 dict(type='indirect', c='Verbeek’s total pay fell 22% to €2.9 million after she waived her annual bonus', s='Kroonveld', m='the company’s annual report', cue='According to', r='STATES'),
]
ENTITIES = [
 ('Anouk Verbeek', 'PERSON', ['Chief executive Anouk Verbeek', 'Verbeek', 'Verbeek’s']),
 ('Rutger Stam', 'PERSON', ['Finance chief Rutger Stam']),
 ('Hanneke Bos', 'PERSON', ['Hanneke Bos']),
 ('Jonas Lindberg', 'PERSON', ['Jonas Lindberg', 'Lindberg']),
 ('Sanne Hoekstra', 'PERSON', ['Sanne Hoekstra', 'Its spokeswoman']),
 ('person familiar with the matter', 'PERSON', ['A person familiar with the matter']),
 ('Kroonveld', 'ORGANIZATION', ['Dutch supermarket group Kroonveld', 'Kroonveld', 'Kroonveld’s', 'the company']),
 ('Rijnmond Securities', 'ORGANIZATION', ['Rijnmond Securities']),
 ('Nordhavn Bank', 'ORGANIZATION', ['Nordhavn Bank']),
 ('Preiswert', 'ORGANIZATION', ['Preiswert']),
 ('Sparmarkt', 'ORGANIZATION', ['Sparmarkt']),
 ('Winkelbond', 'ORGANIZATION', ['The retail workers’ union Winkelbond']),
 ('Keizersgracht Capital', 'ORGANIZATION', ['private equity firm Keizersgracht Capital', 'Keizersgracht']),
 ('shareholders', 'GROUP', ['shareholders']),
 ('Stichting Zorgpensioen', 'ORGANIZATION', ['the pension fund Stichting Zorgpensioen', 'Kroonveld’s largest shareholder']),
 ('the discounters', 'GROUP', ['German discount chains', 'the discounters']),
 ('Netherlands', 'COUNTRY', ['the Netherlands', 'Dutch']),
 ('Belgium', 'COUNTRY', ['Belgium']),
 ('Amsterdam', 'LOCATION', ['AMSTERDAM']),
]
