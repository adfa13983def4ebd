#!/usr/bin/env python3
"""Moves named participants from people_unverified to people when the checked tables give them a
verified QID (data/wikidata/officeholders.tsv, entities.tsv): exact name or alias in either order,
or a surname alone when one checked person bears it."""
import csv, json, sys, glob, unicodedata, re
def norm(s):
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c))
    return re.sub(r'[^a-z0-9 ]', '', re.sub(r'[-‐]', ' ', s.lower())).split()
names = {}
surnames = {}
def add(qid, name):
    t = norm(name)
    if len(t) >= 1 and len(t[-1]) >= 4: surnames.setdefault(t[-1], set()).add(qid)
    if len(t) < 2: return
    for key in (' '.join(t), ' '.join(t[::-1])):
        names.setdefault(key, set()).add(qid)
for row in csv.DictReader(open('data/wikidata/officeholders.tsv'), delimiter='\t'):
    if row['verified'] == 'yes' and re.fullmatch(r'Q[1-9][0-9]*', row['qid'] or ''):
        add(row['qid'], row['label'])
        for a in (row['aliases'] or '').split(';'):
            if a.strip(): add(row['qid'], a)
for row in csv.DictReader(open('data/wikidata/entities.tsv'), delimiter='\t'):
    if row['verified'] == 'yes' and row['kind'] == 'person':
        add(row['qid'], row['label'])
        for a in (row['aliases'] or '').split(';'):
            if a.strip(): add(row['qid'], a)
moved = 0
for f in sys.argv[1:]:
    g = json.load(open(f))
    changed = False
    for m in g['meetings']:
        keep = []
        for n in m.get('people_unverified', []):
            t = norm(n)
            q = names.get(' '.join(t), set()) if len(t) > 1 else surnames.get(t[0] if t else '', set())
            if len(q) == 1:
                q = next(iter(q))
                if q not in m['people']: m['people'].append(q)
                moved += 1; changed = True
            else:
                keep.append(n)
        m['people_unverified'] = keep
    if changed:
        g['notes'] = (g.get('notes') or '') + ' People QIDs refreshed from the checked tables (data/wikidata/officeholders.tsv).'
        with open(f, 'w') as out:
            json.dump(g, out, ensure_ascii=False, indent=2); out.write('\n')
print('moved', moved, file=sys.stderr)
