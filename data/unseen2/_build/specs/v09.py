ID = 'v09-swimmer-doping-ban-wire'
GENRE = 'sports doping case, wire copy (AP style, ASCII)'
NOTE = ('Genre: AP-style sports wire on a doping ruling, plain ASCII (straight quotes, accents dropped: Sao Paulo, '
        'Florianopolis); a headline scare quote is not annotated; "a sports tribunal rejected her claim that ..." (the '
        'rejection required, the athlete\'s claim inside it optional, as the Ukraine gold does for "Witkoff\'s claim '
        'that"); a tribunal panel as speaker ("said", "accepted that", "wrote"); a quote split by its attribution with a '
        'trailing absolute phrase ("her voice breaking"); a lawyer calling the ruling a quoted fragment, then an indirect '
        'quote interrupted by its attribution ("Duarte, he said, would appeal ..."); an agency that '
        '"welcomed the decision" (optional, no words reported) "but said"; a chief executive "said in a statement"; a '
        'ministry and a federation as speakers; "called the two-year ban" plus a quoted word and "accused the tribunal of '
        'creating" plus a quotation; an inverted attribution with an appositive ("said Clean Lanes co-founder Jonas '
        'Eriksen, a retired Danish swimmer"); "According to"; a wire footer line.')
NONQUOTES = [("'contaminated steak'", 'headline scare quote')]
TEXT = """
Brazil's Duarte banned 2 years in 'contaminated steak' doping case

By Mark Pennington
GlobalWire Sports Writer

LAUSANNE, Switzerland (GlobalWire) - World breaststroke champion Rafaela Duarte of Brazil was banned for two years on Thursday after a sports tribunal rejected her claim that a positive test for the banned substance clenbuterol was caused by contaminated beef.

The 24-year-old, who won the 200-meter breaststroke at last year's world championships in Singapore, tested positive in an out-of-competition sample collected at her training base in Florianopolis in March.

In its 38-page decision, the three-member panel of the Swimming Integrity Tribunal said Duarte had failed to show "on the balance of probability" how the substance entered her body. But it accepted that she had not intended to cheat, which reduced the standard four-year ban to two.

"The athlete's explanation was plausible in general terms, but it was not supported by evidence specific to her case," the panel wrote.

The ban is backdated to April, meaning Duarte will miss next year's world championships but could return well before the 2028 Olympics in Los Angeles.

Clenbuterol, a drug used illegally in some countries to make cattle leaner, has been at the center of several contamination disputes in international sport. Its use in livestock is banned in Brazil, but enforcement is patchy and varies from state to state.

"I have never taken anything to make myself faster. Not once, not ever," Duarte said at a news conference in Sao Paulo, her voice breaking. "I ate a steak. That is my crime."

Her lawyer, Henrique Bastos, called the ruling "scientifically illiterate."

"Two other samples of meat from that same restaurant tested positive for clenbuterol. The panel simply chose not to believe it," Bastos said. Duarte, he said, would appeal within the 21-day deadline.

The Swimming Integrity Agency, which brought the case, welcomed the decision but said it was reviewing whether to challenge the reduction of the ban.

"Contamination can happen. But the rules put the burden on the athlete for a reason, and that burden was not met," the agency's chief executive, Martin Clery, said in a statement.

Her coach, Paulo Ribeiro, said the team had changed its nutrition rules since the positive test and now carried its own food to competitions.

"Every meal, every meet, every country. We don't eat anything we didn't cook ourselves," he said.

Brazil's sports ministry said it "respects the process" and would help pay for Duarte's appeal if the national federation asked it to.

Australian rival Kiara Whitmore, who finished second to Duarte in Singapore, said she felt "no joy at all" about the ruling.

"It's a sad day for the sport. I raced her, I respect her, and I hope she comes back," Whitmore told GlobalWire by phone from Brisbane.

The athlete advocacy group Clean Lanes took a harder line. It called the two-year ban "lenient" and accused the tribunal of creating "a contamination loophole that every cheat will now try to use."

"Every athlete eats. If steak is a defense, we might as well stop testing," said Clean Lanes co-founder Jonas Eriksen, a retired Danish swimmer.

Brazil's national swimming federation said Duarte remained "a source of pride for the country" and would continue to receive medical and psychological support.

According to the Swimming Integrity Agency, Duarte's is the fourth clenbuterol case in elite swimming this year. Two of the other three were closed after the agency accepted that the athletes had eaten contaminated meat.

---

More GlobalWire sports: https://globalwire.example/sports
"""
QUOTES = [
 dict(type='indirect', c='her claim that a positive test for the banned substance clenbuterol was caused by contaminated beef', s='Swimming Integrity Tribunal', m='a sports tribunal', cue='rejected', r='REJECTS', t='Rafaela Duarte'),
 dict(type='indirect', c='a positive test for the banned substance clenbuterol was caused by contaminated beef', s='Rafaela Duarte', m='her', cue='claim', r='CLAIMS', ra=['DENIES'], opt=True),
 dict(type='mixed', c='Duarte had failed to show "on the balance of probability" how the substance entered her body', s='Swimming Integrity Tribunal', m='the three-member panel of the Swimming Integrity Tribunal', cue='said', r='STATES', ra=['REJECTS'], t='Rafaela Duarte'),
 dict(type='indirect', c='she had not intended to cheat', s='Swimming Integrity Tribunal', m='it', cue='accepted', r='STATES', ra=['SUPPORTS'], t='Rafaela Duarte'),
 dict(type='direct', c="The athlete's explanation was plausible in general terms, but it was not supported by evidence specific to her case,", s='Swimming Integrity Tribunal', m='the panel', cue='wrote', r='STATES', ra=['REJECTS'], t='Rafaela Duarte'),
 dict(type='direct', c='I have never taken anything to make myself faster. Not once, not ever,', s='Rafaela Duarte', m='Duarte', cue='said', r='DENIES', t='Swimming Integrity Agency', ta=['Swimming Integrity Tribunal']),
 dict(type='direct', c='I ate a steak. That is my crime.', s='Rafaela Duarte', m='Duarte', cue='said', r='CRITICIZES', ra=['DENIES', 'STATES'], t='Swimming Integrity Tribunal'),
 dict(type='mixed', c='scientifically illiterate.', s='Henrique Bastos', m='Her lawyer, Henrique Bastos', cue='called', r='CRITICIZES', t='Swimming Integrity Tribunal'),
 dict(type='direct', c='Two other samples of meat from that same restaurant tested positive for clenbuterol. The panel simply chose not to believe it,', s='Henrique Bastos', m='Bastos', cue='said', r='CRITICIZES', ra=['ACCUSES'], t='Swimming Integrity Tribunal'),
 dict(type='indirect', c='Duarte, he said, would appeal within the 21-day deadline', frags=['Duarte', 'would appeal within the 21-day deadline'], s='Henrique Bastos', m='he', cue='said', r='STATES', ra=['PROMISES', 'WARNS'], ta=['Swimming Integrity Tribunal']),
 dict(type='indirect', c='the decision', s='Swimming Integrity Agency', m='The Swimming Integrity Agency', cue='welcomed', r='PRAISES', ra=['SUPPORTS'], ta=['Swimming Integrity Tribunal'], opt=True),
 dict(type='indirect', c='it was reviewing whether to challenge the reduction of the ban', s='Swimming Integrity Agency', m='The Swimming Integrity Agency', cue='said', r='STATES', ra=['WARNS'], ta=['Swimming Integrity Tribunal']),
 dict(type='direct', c='Contamination can happen. But the rules put the burden on the athlete for a reason, and that burden was not met,', s='Martin Clery', m="the agency's chief executive, Martin Clery", cue='said', r='STATES', ra=['SUPPORTS', 'REJECTS'], ta=['Rafaela Duarte']),
 dict(type='indirect', c='the team had changed its nutrition rules since the positive test and now carried its own food to competitions', s='Paulo Ribeiro', m='Her coach, Paulo Ribeiro', cue='said', r='STATES'),
 dict(type='direct', c="Every meal, every meet, every country. We don't eat anything we didn't cook ourselves,", s='Paulo Ribeiro', m='he', cue='said', r='STATES'),
 dict(type='mixed', c='it "respects the process" and would help pay for Duarte\'s appeal if the national federation asked it to', s='Brazilian sports ministry', m="Brazil's sports ministry", cue='said', r='STATES', ra=['SUPPORTS', 'PROMISES'], t='Rafaela Duarte'),
 dict(type='mixed', c='she felt "no joy at all" about the ruling', s='Kiara Whitmore', m='Australian rival Kiara Whitmore', cue='said', r='STATES'),
 dict(type='direct', c="It's a sad day for the sport. I raced her, I respect her, and I hope she comes back,", s='Kiara Whitmore', m='Whitmore', cue='told', r='SUPPORTS', ra=['PRAISES', 'STATES'], t='Rafaela Duarte'),
 dict(type='mixed', c='lenient', s='Clean Lanes', m='It', cue='called', r='CRITICIZES', t='Swimming Integrity Tribunal'),
 dict(type='mixed', c='creating "a contamination loophole that every cheat will now try to use."', s='Clean Lanes', m='It', cue='accused', r='ACCUSES', ra=['CRITICIZES'], t='Swimming Integrity Tribunal'),
 dict(type='direct', c='Every athlete eats. If steak is a defense, we might as well stop testing,', s='Jonas Eriksen', m='Clean Lanes co-founder Jonas Eriksen', cue='said', r='CRITICIZES', ra=['WARNS'], t='Swimming Integrity Tribunal'),
 dict(type='mixed', c='Duarte remained "a source of pride for the country" and would continue to receive medical and psychological support', s='Brazilian swimming federation', m="Brazil's national swimming federation", cue='said', r='SUPPORTS', ra=['PRAISES', 'PROMISES'], t='Rafaela Duarte'),
 dict(type='indirect', c="Duarte's is the fourth clenbuterol case in elite swimming this year", s='Swimming Integrity Agency', m='the Swimming Integrity Agency', cue='According to', r='STATES'),
 dict(type='indirect', c='the athletes had eaten contaminated meat', s='Swimming Integrity Agency', m='the agency', cue='accepted', r='STATES'),
]
ENTITIES = [
 ('Rafaela Duarte', 'PERSON', ['World breaststroke champion Rafaela Duarte', 'Duarte', "Duarte's", 'The 24-year-old', "Brazil's Duarte"]),
 ('Henrique Bastos', 'PERSON', ['Her lawyer, Henrique Bastos', 'Bastos']),
 ('Martin Clery', 'PERSON', ["the agency's chief executive, Martin Clery"]),
 ('Paulo Ribeiro', 'PERSON', ['Her coach, Paulo Ribeiro']),
 ('Kiara Whitmore', 'PERSON', ['Australian rival Kiara Whitmore', 'Whitmore']),
 ('Jonas Eriksen', 'PERSON', ['Clean Lanes co-founder Jonas Eriksen']),
 ('Mark Pennington', 'PERSON', ['Mark Pennington']),
 ('Swimming Integrity Tribunal', 'ORGANIZATION', ['the three-member panel of the Swimming Integrity Tribunal', 'a sports tribunal', 'the panel', 'The panel', 'the tribunal']),
 ('Swimming Integrity Agency', 'ORGANIZATION', ['The Swimming Integrity Agency', 'the Swimming Integrity Agency', 'the agency']),
 ('Clean Lanes', 'ORGANIZATION', ['The athlete advocacy group Clean Lanes', 'Clean Lanes']),
 ('Brazilian sports ministry', 'ORGANIZATION', ["Brazil's sports ministry"]),
 ('Brazilian swimming federation', 'ORGANIZATION', ["Brazil's national swimming federation", 'the national federation']),
 ('GlobalWire', 'ORGANIZATION', ['GlobalWire']),
 ('Brazil', 'COUNTRY', ['Brazil', 'the country']),
 ('Australia', 'COUNTRY', ['Australian']),
 ('Denmark', 'COUNTRY', ['Danish']),
 ('Lausanne', 'LOCATION', ['LAUSANNE']),
 ('Sao Paulo', 'LOCATION', ['Sao Paulo']),
 ('Florianopolis', 'LOCATION', ['Florianopolis']),
 ('Singapore', 'LOCATION', ['Singapore']),
 ('Brisbane', 'LOCATION', ['Brisbane']),
 ('Los Angeles', 'LOCATION', ['Los Angeles']),
]
