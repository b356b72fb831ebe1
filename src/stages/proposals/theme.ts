// Labels a proposal with a theme (political trust, security, …) from the keywords in data/speech/themes.yaml.
import type { SpeechLexicon } from '../../lexicon/speech.ts';

function best(text: string, lex: SpeechLexicon): string | null {
  let label: string | null = null;
  let hits = 0;
  for (const theme of lex.themes) {
    const n = [...text.matchAll(theme.keywords)].length;
    if (n > hits) {
      hits = n;
      label = theme.label;
    }
  }
  return label;
}

/** The theme whose keywords the headline uses most; failing that, the whole item's text. */
export function themeOf(headline: string, itemText: string, lex: SpeechLexicon): string | null {
  return best(headline, lex) ?? best(itemText, lex);
}
