// The components that prose in content/ may use, by the names it uses them under.
import Chart from './Chart.astro';
import Figures from './Figures.astro';
import Quote from './Quote.astro';
import Stat from './Stat.astro';
import Term from './Term.astro';

export const proseComponents = { Stat, Quote, Term, Chart, Figures };
