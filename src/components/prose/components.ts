// The components that prose in content/ may use, by the names it uses them under.
import Chart from './Chart.astro';
import Figures from './Figures.astro';
import Link from './Link.astro';
import Quote from './Quote.astro';
import Stat from './Stat.astro';
import Term from './Term.astro';

/** `a` is Markdown's own link, put under the site's base path. */
export const proseComponents = { Stat, Quote, Term, Chart, Figures, a: Link };
