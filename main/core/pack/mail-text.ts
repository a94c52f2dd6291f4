/** The mail body as plain text: UTF-8, paragraphs separated by a blank line, links as "text (address)". */
import type { Inline } from '../schema';
import { NNBSP, QUOTES } from '../typography';
import type { MailBlock, MailDocument } from './mail';

function plain(runs: readonly Inline[]): string {
  return runs.map((run) => (run.href && run.href !== run.text && `mailto:${run.text}` !== run.href ? `${run.text} (${run.href.replace(/^mailto:/, '')})` : run.text)).join('');
}

function blockText(block: MailBlock, language: MailDocument['language']): string {
  switch (block.kind) {
    case 'notice':
    case 'header':
    case 'subtitle':
    case 'lead':
    case 'section':
      return block.text;
    case 'title':
      return block.text.toLocaleUpperCase(language);
    case 'paragraph':
    case 'heading':
      return plain(block.runs);
    case 'list':
      return block.items.map((item, index) => `${block.ordered ? `${index + 1}.` : '-'} ${plain(item)}`).join('\n');
    case 'quote': {
      const { open, close } = QUOTES[language];
      const inside = language === 'fr' ? NNBSP : '';
      return `${open}${inside}${plain(block.runs)}${inside}${close}${block.attribution ? ` — ${block.attribution}` : ''}`;
    }
    case 'figure':
      return [`[${block.file ?? ''}]`, block.caption, block.credit].filter((part) => part && part !== '[]').join(' ');
    case 'contact':
      return [block.name, ...block.lines, block.email].filter(Boolean).join('\n');
    case 'website':
      return block.url;
  }
}

export function mailText(mail: MailDocument): string {
  return `${mail.blocks.map((block) => blockText(block, mail.language)).join('\n\n')}\n`;
}
