#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Keep translations/cdrinspector_<lang>.ts filled from translations/<lang>.json.

The dictionaries are keyed by source text, not by context, so a string that moves to another
class (a refactor renames or splits a class) stays translated once lupdate has run again.

  fill_ts.py fill TS...      after lupdate: fill every entry the dictionary covers (finished),
                             leave the rest unfinished, check placeholders; exit 1 on a bad entry
  fill_ts.py check --lupdate LUPDATE --project-cmake FILE --generate-script FILE
                   [--options=OPT;OPT...] [--in-progress LANG]... TS...
                             the completeness test: run lupdate over a temporary copy of the .ts
                             files with the build's project and options (but keeping obsolete
                             entries, so they can be reported), then list every unfinished,
                             vanished or obsolete entry and every placeholder mismatch; exit 1
                             if there is any
  fill_ts.py missing LANG    print the source texts the dictionary lacks, one JSON string a line

Dictionary format (<lang>.json): an object whose keys are source texts; a value is a string, or a
list of plural forms for a numerus ("%n") source. A source with a disambiguation comment is keyed
"<comment>\\u0004<source>". English (en) holds only plural forms: its other entries are dropped
from cdrinspector_en.ts, the source text being English already.
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
SEP = '\u0004'
PLACEHOLDER = re.compile(r'%(?:L?n|L?[1-9][0-9]?)')
TAG = re.compile(r'</?[a-zA-Z][a-zA-Z0-9]*\b[^>]*>')


def language_of(ts_path):
    m = re.search(r'_([a-z]{2,3}(?:_[A-Z]{2})?)\.ts$', ts_path)
    if not m:
        sys.exit(f'{ts_path}: cannot tell the language from the file name')
    return m.group(1)


def load_dictionary(lang):
    path = os.path.join(HERE, f'{lang}.json')
    if not os.path.exists(path):
        return {}
    with open(path, encoding='utf-8') as f:
        return json.load(f)


def key_of(message):
    source = message.findtext('source') or ''
    comment = message.findtext('comment')
    return f'{comment}{SEP}{source}' if comment else source


def accelerators(text):
    # "&&" is a literal ampersand; "&x" marks a keyboard accelerator; "&amp;"-style entities are
    # already decoded by the XML parser.
    return len(re.findall(r'(?<!&)&(?!&)[^\s&]', text.replace('&&', '')))


def problems_with(source, translation, numerus):
    """What a translation breaks: placeholders, HTML tags, accelerators, or emptiness."""
    out = []
    if not translation.strip() and source.strip():
        return ['empty translation']
    want = sorted(set(PLACEHOLDER.findall(source)))
    got = sorted(set(PLACEHOLDER.findall(translation)))
    if numerus:
        # A plural form may spell the number out ("one call"); every other placeholder must stay.
        # A count written with the locale's separators (%Ln) must not lose them (%n) in a form.
        if '%Ln' in want and '%n' in got:
            out.append('%n in the translation for %Ln in the source (the count would lose its separators)')
        want = [p for p in want if p not in ('%n', '%Ln')]
        got = [p for p in got if p not in ('%n', '%Ln')]
    if want != got:
        out.append(f'placeholders {want} in the source, {got} in the translation')
    if sorted(TAG.findall(source)) != sorted(TAG.findall(translation)):
        out.append('HTML tags differ from the source')
    if accelerators(source) != accelerators(translation):
        out.append('keyboard accelerator (&) missing or doubled')
    if source.endswith('\n') != translation.endswith('\n'):
        out.append('trailing newline differs from the source')
    return out


def plural_count(message):
    tr = message.find('translation')
    return len(tr.findall('numerusform')) if tr is not None else 0


def fill(ts_paths):
    bad = 0
    for ts in ts_paths:
        lang = language_of(ts)
        dictionary = load_dictionary(lang)
        tree = ET.parse(ts)
        root = tree.getroot()
        total = done = plural = 0
        used = set()
        for context in list(root.findall('context')):
            for message in list(context.findall('message')):
                numerus = message.get('numerus') == 'yes'
                if lang == 'en' and not numerus:
                    context.remove(message)
                    continue
                total += 1
                plural += numerus
                tr = message.find('translation')
                key = key_of(message)
                used.add(key)
                value = dictionary.get(key)
                source = message.findtext('source') or ''
                if value is None:
                    # Not (yet) in the dictionary: whatever lupdate carried over stays, unfinished.
                    tr.set('type', 'unfinished')
                    continue
                if numerus:
                    forms = value if isinstance(value, list) else [value]
                    want = plural_count(message) or 2
                    if len(forms) != want:
                        print(f'{ts}: "{key}": {len(forms)} plural forms, {lang} needs {want}', file=sys.stderr)
                        bad += 1
                        continue
                    issues = [p for f in forms for p in problems_with(source, f, True)]
                    for child in list(tr):
                        tr.remove(child)
                    tr.text = None
                    for form in forms:
                        ET.SubElement(tr, 'numerusform').text = form
                else:
                    if isinstance(value, list):
                        print(f'{ts}: "{key}": plural forms given for a source without %n', file=sys.stderr)
                        bad += 1
                        continue
                    issues = problems_with(source, value, False)
                    tr.text = value
                if issues:
                    print(f'{ts}: "{key}": ' + '; '.join(issues), file=sys.stderr)
                    bad += 1
                    tr.set('type', 'unfinished')
                    continue
                tr.attrib.pop('type', None)
                done += 1
            if not context.findall('message'):
                root.remove(context)
        write_ts(tree, ts)
        unused = len(set(dictionary) - used)
        print(f'{os.path.basename(ts)}: {done} of {total} entries translated ({plural} with plural forms)'
              + (f'; {unused} dictionary entries no source uses any more (kept for a string that may come back)'
                 if unused else ''))
    return 1 if bad else 0


def write_ts(tree, path):
    ET.indent(tree, space='    ')
    body = ET.tostring(tree.getroot(), encoding='unicode')
    with open(path, 'w', encoding='utf-8') as f:
        f.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        f.write(body)
        f.write('\n')


def check(args):
    problems = []
    with tempfile.TemporaryDirectory(prefix='cdr-i18n-') as tmp:
        project = os.path.join(tmp, 'project.json')
        subprocess.run(['cmake', f'-DIN_FILE={args.project_cmake}', f'-DOUT_FILE={project}',
                        '-P', args.generate_script], check=True)
        copies = []
        for ts in args.ts:
            copy = os.path.join(tmp, os.path.basename(ts))
            shutil.copyfile(ts, copy)
            copies.append(copy)
        # The build's options, except that obsolete entries are kept here to be reported.
        options = [o for o in args.options.split(';') if o and o != '-no-obsolete']
        subprocess.run([args.lupdate, '-project', project, *options, '-ts', *copies], check=True,
                       stdout=subprocess.DEVNULL)
        for copy in copies:
            lang = language_of(copy)
            name = os.path.basename(copy)
            root = ET.parse(copy).getroot()
            counts = {'total': 0, 'plural': 0}
            for context in root.findall('context'):
                ctx = context.findtext('name')
                for message in context.findall('message'):
                    numerus = message.get('numerus') == 'yes'
                    if lang == 'en' and not numerus:
                        continue
                    counts['total'] += 1
                    counts['plural'] += numerus
                    tr = message.find('translation')
                    kind = tr.get('type') if tr is not None else 'unfinished'
                    source = message.findtext('source') or ''
                    where = f'{name}: [{ctx}] "{key_of(message)}"'
                    if kind in ('vanished', 'obsolete'):
                        problems.append(f'{where}: {kind} (no longer in the sources; run lupdate with -no-obsolete)')
                    elif kind == 'unfinished':
                        if lang not in args.in_progress:
                            problems.append(f'{where}: unfinished (add it to translations/{lang}.json, '
                                            f'then build i18n_update)')
                    else:
                        forms = [f.text or '' for f in tr.findall('numerusform')] if numerus else [tr.text or '']
                        for form in forms:
                            for issue in problems_with(source, form, numerus):
                                problems.append(f'{where}: {issue}')
            print(f'{name}: {counts["total"]} entries, {counts["plural"]} with plural forms'
                  + (' (translation in progress: unfinished entries not counted as failures)'
                     if lang in args.in_progress else ''))
    for p in problems:
        print(p)
    print(f'{len(problems)} problem(s)')
    return 1 if problems else 0


def missing(lang):
    dictionary = load_dictionary(lang)
    tree = ET.parse(os.path.join(HERE, f'cdrinspector_{lang}.ts'))
    seen = set()
    for message in tree.getroot().iter('message'):
        if lang == 'en' and message.get('numerus') != 'yes':
            continue
        key = key_of(message)
        if key not in dictionary and key not in seen:
            seen.add(key)
            print(json.dumps({'key': key, 'plural': message.get('numerus') == 'yes'}, ensure_ascii=False))
    return 0


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest='command', required=True)
    p_fill = sub.add_parser('fill')
    p_fill.add_argument('ts', nargs='+')
    p_check = sub.add_parser('check')
    p_check.add_argument('--lupdate', required=True)
    p_check.add_argument('--project-cmake', required=True)
    p_check.add_argument('--generate-script', required=True)
    p_check.add_argument('--options', default='', help="lupdate's options as a CMake list (a;b;c)")
    p_check.add_argument('--in-progress', action='append', default=[])
    p_check.add_argument('ts', nargs='+')
    p_missing = sub.add_parser('missing')
    p_missing.add_argument('lang')
    args = parser.parse_args()
    if args.command == 'fill':
        return fill(args.ts)
    if args.command == 'check':
        return check(args)
    return missing(args.lang)


if __name__ == '__main__':
    sys.exit(main())
