// Names the outlet a credit writes ("(VNA)", "-- BERNAMA", "DAWN.COM") in the form document.source reports.
import { findOutlet, outletKey, type DocumentLexicon, type Outlet } from '../../lexicon/document.ts';

/** A credit naming several outlets: "Al Jazeera and news agencies", "AFP/Reuters". */
const CREDIT_LIST = /\s*(?:,|\/|\band\b|&)\s*/iu;

/**
 * The outlet as the credit writes it, spelled as data/document/outlets.tsv lists that form: "(AP)" gives
 * "AP", "Associated Press" gives "Associated Press", "-- BERNAMA" gives "Bernama". A web address gives
 * the outlet's name ("DAWN.COM" → "Dawn"). Undefined when the text names no listed outlet.
 */
export function creditedOutlet(lex: DocumentLexicon, text: string): string | undefined {
  const outlet = findOutlet(lex, text);
  if (!outlet) return undefined;
  const key = outletKey(text.replace(/^[\s([/]+|[\s)\]/.]+$/g, ''));
  const forms = [outlet.name, ...outlet.aliases].filter((n) => !n.includes('.'));
  const noThe = (k: string) => k.replace(/^the /, '');
  // "Straits Times" keeps its own form; "the Associated Press" is written as listed, "The Associated Press".
  const form = forms.find((n) => outletKey(n) === key) ?? forms.find((n) => noThe(outletKey(n)) === noThe(key));
  return form ?? outlet.name;
}

/** The name of a news agency ("Polish Press Agency", "Qatar News Agency", "Agence France-Presse"). */
const AGENCY_NAME = /\bAgency\b|\bAgence\b/;

/** Whether a listed outlet is one other outlets' stories quote, by any of its forms (header-words.tsv quoted-outlet:
 *  Reuters, AP, Xinhua …). */
export function isQuotedOutlet(lex: DocumentLexicon, outlet: Outlet): boolean {
  return [outlet.name, ...outlet.aliases].some((a) => lex.quotedOutlets.has(outletKey(a)));
}

/** Whether `name` is a news agency: a listed outlet named an agency, or one other outlets quote. */
export function isAgency(lex: DocumentLexicon, name: string): boolean {
  const outlet = findOutlet(lex, name);
  return !!outlet && (AGENCY_NAME.test(outlet.name) || isQuotedOutlet(lex, outlet));
}

/** The first listed outlet a credit names, whole or in a list ("AL JAZEERA AND NEWS AGENCIES" → "Al Jazeera"). */
export function firstCreditedOutlet(lex: DocumentLexicon, text: string): string | undefined {
  for (const part of [text, ...text.split(CREDIT_LIST)]) {
    const outlet = creditedOutlet(lex, part);
    if (outlet) return outlet;
  }
  return undefined;
}

/** The outlet a line of site furniture names ("Why you can trust SCMP", data/document/header-words.tsv, role site-notice). */
export function noticedOutlet(lex: DocumentLexicon, line: string): string | undefined {
  if (!lex.anySiteNotice.test(line)) return undefined;
  for (const re of lex.siteNotices) {
    const m = re.exec(line);
    const outlet = m ? creditedOutlet(lex, m[1]) : undefined;
    if (outlet) return outlet;
  }
  return undefined;
}
