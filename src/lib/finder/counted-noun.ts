// What a number counts, read from the words printed after it ("662 children", "510 mainstream
// fostering households"), and what a measure counts, read from its label ("Fostering households in
// which children were looked after" counts households). Two measures worded alike ("children"
// and "households" in one sentence) are told apart by this noun.

// Words that end the noun phrase: a verb, a preposition, a conjunction, a relative.
const ENDS_PHRASE = new Set(('a about above across after against along among an and are as at be because been before being below between but by can could did do does during each every for from had has have how if in including into is it its of off on onto or our out over per since so than that the their them then there these they this those through to under until up upon was we were what when where whether which while who whom whose will with within without would ' +
  'more less fewer most some any all both either neither such only also still just now already towards via').split(' '));
// A participle first describes the noun ("Approved foster carers"); after a noun it ends the
// phrase ("households approved", "children attending", "events held"), unless it is a noun itself
// ("fostering households").
const PARTICIPLE = /^[a-z]{2,}(?:ed|ing)$/;
const IRREGULAR = new Set('held sent kept heard given taken made done seen known shown run paid brought left met found built set put lost told available'.split(' '));
const ING_NOUNS = new Set('fostering housing training funding parenting learning offending safeguarding finding building advertising meeting wellbeing'.split(' '));
const describes = (word: string) => (PARTICIPLE.test(word) && !ING_NOUNS.has(word)) || IRREGULAR.has(word) || /ly$/.test(word);
const endsPhrase = (word: string, previous: string | undefined) => ENDS_PHRASE.has(word)
  || (previous !== undefined && !describes(previous) && describes(word) && !/ly$/.test(word));
const MAX_WORDS = 4;

/** A word as the comparison sees it: lower case, one form for singular and plural. */
export function nounKey(word: string): string {
  const w = word.toLowerCase().replace(/['’]s?$/, '');
  if (w === 'children') return 'child';
  if (w === 'people') return 'person';
  if (w.endsWith('ies') && w.length > 4) return `${w.slice(0, -3)}y`;
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1);
  return w;
}

/** The words of a phrase, up to the first word that ends it or a mark that ends the clause. */
function phrase(text: string): string[] {
  const clause = text.split(/[.,;:!?()[\]|"“”•*#\t]|\s[–—-]\s/)[0] ?? '';
  const words: string[] = [];
  let previous: string | undefined;
  for (const word of clause.match(/[A-Za-z][A-Za-z'’-]*/g) ?? []) {
    const lower = word.toLowerCase();
    if (endsPhrase(lower, previous)) break;
    previous = lower;
    words.push(nounKey(word));
    if (words.length === MAX_WORDS) break;
  }
  return words;
}

/**
 * The noun a number is printed with, naming what it counts, from the words after it: "2,104
 * children in care" gives "child", "510 mainstream fostering households and" gives "household".
 * None when a verb or another number follows it ("54 were looked after", a table's "164 79").
 * A percentage counts what follows its "of" ("61% of care leavers").
 */
export function countedNoun(after: string, percent = false): string | undefined {
  let text = after;
  if (/^\s*[-–]?\s*[£\d]/.test(text)) return undefined;
  if (percent) {
    const of = /^\s+of\s+(?:the\s+|our\s+|all\s+|these\s+|those\s+|kent['’]s\s+)?/i.exec(text);
    if (!of) return undefined;
    text = text.slice(of[0].length);
  }
  return phrase(text).at(-1);
}

/** The noun a measure's label counts: the last word of its first phrase ("Children in care": child). */
export function labelNoun(label: string): string | undefined {
  return phrase(label).at(-1);
}
