#!/usr/bin/env python3
"""Counts, per article of the unseen set, the quotation types, relations and quotation shapes (markdown tables).

usage: stats.py            (reads data/unseen/unseen.jsonl and the specs' GENRE / NONQUOTES)

Shapes are read off the gold spans, not typed by hand:
  split       a direct quotation broken by its attribution: direct quotations sharing one speakerMention
              and cue span with the attribution between them (counted once per group)
  multi-par   content spanning a paragraph break (opening mark repeated, one span)
  inverted    direct quotation followed by cue then speaker ("..., said Smith")
  colon       the attribution ends in a colon right before the quotation ("she said: “...”", "He writes:")
  label       cue null with a speaker label (Q&A "A:", live-blog "Brereton:")
  acc.to      cue "according to"
  that/0-that indirect or mixed content after a clause-taking verb cue (say, tell, warn, insist, concede,
              acknowledge, stress, confirm, find, write, ...) with / without "that" (an addressee such as
              "told reporters" or "in a statement" may stand between); to-infinitives not counted
  fragment    mixed quotation that is only a quoted fragment ("called it “a stunt”")
  interrupted content with fragments (clause broken by its attribution)
  nested      content lying inside another quotation's content
  pronoun     speaker mention is a pronoun; descriptor: a mention sharing no word with the speaker's name
              ("the 52-year-old", "the company", "The gaffer"); org/country/group: speaker entity type
  cue≠say     cue other than say/said/says/told/tells/added/adding (and other than null)
  non-quotes  strings in quotation marks that are deliberately not annotated (spec NONQUOTES)
"""
import collections, glob, importlib.util, json, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
UNSEEN = os.path.dirname(HERE)
PRON = {'he', 'she', 'they', 'it', 'we', 'i', 'him', 'her', 'them'}
SAY = {'said', 'says', 'say', 'told', 'tells', 'added', 'adding'}
CLAUSE = {'said', 'says', 'say', 'told', 'tells', 'warned', 'insisted', 'conceded', 'acknowledged', 'stressed',
          'confirms', 'confirmed', 'found', 'testified', 'argued', 'added', 'adding', 'predicted', 'noted', 'claimed',
          'signalled', 'alleges', 'wrote', 'have said', 'has said', 'saying', 'warning'}
DET = {'the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'one', 'of'}
RELS = ['STATES', 'CLAIMS', 'ACCUSES', 'CRITICIZES', 'WARNS', 'URGES', 'SUPPORTS', 'PRAISES', 'REJECTS', 'DENIES',
        'PROMISES', 'ASKS']


def words(s):
    return {w for w in re.findall(r"[a-z0-9]+", s.lower().replace('’s', '').replace("'s", ''))} - DET


def specs():
    out = {}
    for p in sorted(glob.glob(os.path.join(HERE, 'specs', 'u*.py'))):
        sp = importlib.util.spec_from_file_location('s', p)
        m = importlib.util.module_from_spec(sp)
        sp.loader.exec_module(m)
        out[m.ID] = m
    return out


def shapes(d):
    t, qs = d['text'], d['quotes']
    etype = {e['name']: e['type'] for e in d['entities']}
    c = collections.Counter()
    groups = collections.defaultdict(list)
    for q in qs:
        cs, ce = q['content']['start'], q['content']['end']
        m, cue = q['speakerMention'], q['cue']
        if q['type'] == 'direct' and m and cue:
            groups[(m['start'], cue['start'])].append(q)
        if '\n\n' in q['content']['text']:
            c['multi-par'] += 1
        if q['type'] == 'direct' and cue and m and ce <= cue['start'] < m['start']:
            c['inverted'] += 1
        before = t[max(0, cs - 4):cs]
        if (m or cue) and ':' in before and q['type'] == 'direct' and not (cue is None):
            c['colon'] += 1
        if cue is None and m:
            c['label'] += 1
        if cue and cue['text'].lower() == 'according to':
            c['acc.to'] += 1
        if q['type'] in ('indirect', 'mixed') and cue and cue['end'] <= cs and cue['text'].lower() in CLAUSE:
            gap = t[cue['end']:cs]
            if re.search(r'\bthat\s*$', gap):
                c['that'] += 1
            elif re.fullmatch(r'\s*((in a statement|reporters|analysts|the jury|jurors|us|the committee)\s*)?', gap) \
                    and not q['content']['text'].startswith('to '):
                c['0-that'] += 1
        if q['type'] == 'mixed' and not re.search(r'[“”"‘]|’(?!\w)', q['content']['text'].replace('’s', '')):
            c['fragment'] += 1
        if q['content'].get('fragments'):
            c['interrupted'] += 1
        if any(o is not q and o['content']['start'] <= cs and ce <= o['content']['end'] and
               (o['content']['end'] - o['content']['start']) > (ce - cs) for o in qs):
            c['nested'] += 1
        if m:
            mw = m['text'].lower()
            if mw in PRON:
                c['pronoun'] += 1
            elif cue is not None and not (words(m['text']) & words(q['speaker'])):
                c['descriptor'] += 1
        et = etype.get(q['speaker'])
        if et in ('ORGANIZATION', 'COUNTRY', 'GROUP'):
            c[{'ORGANIZATION': 'org', 'COUNTRY': 'country', 'GROUP': 'group'}[et]] += 1
        if cue and cue['text'].lower() not in SAY:
            c['cue≠say'] += 1
    for k, v in groups.items():
        v = sorted(v, key=lambda q: q['content']['start'])
        if len(v) > 1 and v[0]['content']['end'] <= k[0] <= v[1]['content']['start']:
            c['split'] += 1
    return c


def marks(t):
    return {'straight': t.count('"') // 2, 'curly': t.count('“'), 'single': t.count('‘')}


def main():
    sp = specs()
    docs = [json.loads(l) for l in open(os.path.join(UNSEEN, 'unseen.jsonl'), encoding='utf-8')]
    print('| id | genre | words | quotations (req.) | direct | indirect | mixed | with target | open marks " “ ‘ |')
    print('|---|---|---:|---:|---:|---:|---:|---:|---|')
    tot = collections.Counter()
    for d in docs:
        qs = d['quotes']
        ty = collections.Counter(q['type'] for q in qs)
        w = len(re.findall(r'\S+', d['text']))
        mk = marks(d['text'])
        row = dict(words=w, quotes=len(qs), req=sum(not q['optional'] for q in qs), direct=ty['direct'],
                   indirect=ty['indirect'], mixed=ty['mixed'], target=sum(bool(q['target']) for q in qs))
        tot.update(row)
        print(f"| {d['id']} | {sp[d['id']].GENRE} | {w} | {len(qs)} ({row['req']}) | {ty['direct']} | {ty['indirect']} | "
              f"{ty['mixed']} | {row['target']} | {mk['straight']} / {mk['curly']} / {mk['single']} |")
    print(f"| **total** | | {tot['words']} | {tot['quotes']} ({tot['req']}) | {tot['direct']} | {tot['indirect']} | "
          f"{tot['mixed']} | {tot['target']} | |")
    print()
    print('| id | ' + ' | '.join(r[:4] for r in RELS) + ' |')
    print('|---|' + '---:|' * len(RELS))
    rt = collections.Counter()
    for d in docs:
        rc = collections.Counter(q['relation'] for q in d['quotes'])
        rt.update(rc)
        print(f"| {d['id'][:3]} | " + ' | '.join(str(rc[r]) for r in RELS) + ' |')
    print('| **all** | ' + ' | '.join(str(rt[r]) for r in RELS) + ' |')
    print()
    keys = ['split', 'multi-par', 'inverted', 'colon', 'label', 'acc.to', 'that', '0-that', 'fragment', 'interrupted',
            'nested', 'pronoun', 'descriptor', 'org', 'country', 'group', 'cue≠say']
    print('| id | ' + ' | '.join(keys) + ' | non-quotes |')
    print('|---|' + '---:|' * (len(keys) + 1))
    st = collections.Counter()
    for d in docs:
        c = shapes(d)
        nq = len(getattr(sp[d['id']], 'NONQUOTES', []))
        c['non-quotes'] = nq
        st.update(c)
        print(f"| {d['id'][:3]} | " + ' | '.join(str(c[k]) for k in keys) + f' | {nq} |')
    print('| **all** | ' + ' | '.join(str(st[k]) for k in keys) + f" | {st['non-quotes']} |")


if __name__ == '__main__':
    main()
