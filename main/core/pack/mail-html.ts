/**
 * The mail body as an HTML fragment to paste into a mail: semantic tags, inline styles only (mail
 * programs drop style sheets), no image, script or any other resource to fetch; photos travel as files.
 */
import type { Inline } from '../schema';
import { NNBSP, QUOTES } from '../typography';
import type { MailBlock, MailDocument } from './mail';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char] as string);
}

const STYLE = {
  notice: 'margin:0 0 12px;font-weight:bold;text-transform:uppercase;letter-spacing:0.04em',
  header: 'margin:0 0 16px;color:#555555',
  title: 'margin:0 0 8px;font-size:22px;line-height:1.25',
  subtitle: 'margin:0 0 12px;font-size:16px;font-weight:normal',
  lead: 'margin:0 0 12px;font-weight:bold',
  paragraph: 'margin:0 0 12px',
  heading: 'margin:18px 0 8px;font-size:16px',
  list: 'margin:0 0 12px;padding-left:24px',
  quote: 'margin:0 0 12px;padding-left:12px;border-left:3px solid #999999;font-style:italic',
  figure: 'margin:0 0 12px;font-size:13px;color:#555555',
  section: 'margin:20px 0 8px;font-size:15px',
  contact: 'margin:0 0 10px',
  link: 'color:#1d3c6e',
};

function runs(content: readonly Inline[]): string {
  return content
    .map((run) => {
      let html = escape(run.text);
      if (run.bold) html = `<strong>${html}</strong>`;
      if (run.italic) html = `<em>${html}</em>`;
      if (run.href) html = `<a href="${escape(run.href)}" style="${STYLE.link}">${html}</a>`;
      return html;
    })
    .join('');
}

function blockHtml(block: MailBlock, language: MailDocument['language']): string {
  switch (block.kind) {
    case 'notice':
      return `<p style="${STYLE.notice}">${escape(block.text)}</p>`;
    case 'header':
      return `<p style="${STYLE.header}">${escape(block.text)}</p>`;
    case 'title':
      return `<h1 style="${STYLE.title}">${escape(block.text)}</h1>`;
    case 'subtitle':
      return `<h2 style="${STYLE.subtitle}">${escape(block.text)}</h2>`;
    case 'lead':
      return `<p style="${STYLE.lead}">${escape(block.text)}</p>`;
    case 'paragraph':
      return `<p style="${STYLE.paragraph}">${runs(block.runs)}</p>`;
    case 'heading':
      return `<h${block.level + 1} style="${STYLE.heading}">${runs(block.runs)}</h${block.level + 1}>`;
    case 'list': {
      const tag = block.ordered ? 'ol' : 'ul';
      return `<${tag} style="${STYLE.list}">${block.items.map((item) => `<li>${runs(item)}</li>`).join('')}</${tag}>`;
    }
    case 'quote': {
      const { open, close } = QUOTES[language];
      const inside = language === 'fr' ? NNBSP : '';
      const cite = block.attribution ? `<br><span style="font-style:normal">— ${escape(block.attribution)}</span>` : '';
      return `<blockquote style="${STYLE.quote}">${open}${inside}${runs(block.runs)}${inside}${close}${cite}</blockquote>`;
    }
    case 'figure': {
      const words = [block.caption, block.credit].filter(Boolean).map(escape).join(' ');
      const file = block.file ? `[${escape(block.file)}] ` : '';
      return `<p style="${STYLE.figure}">${file}${words}</p>`;
    }
    case 'section':
      return `<h2 style="${STYLE.section}">${escape(block.text)}</h2>`;
    case 'contact': {
      const email = block.email ? `<br><a href="mailto:${escape(block.email)}" style="${STYLE.link}">${escape(block.email)}</a>` : '';
      return `<p style="${STYLE.contact}"><strong>${escape(block.name)}</strong>${block.lines.map((line) => `<br>${escape(line)}`).join('')}${email}</p>`;
    }
    case 'website': {
      // The brand's site as written ("presse.cnes.fr"), opened over https.
      const href = `https://${block.url.replace(/^https?:\/\//, '')}`;
      return `<p style="${STYLE.paragraph}"><a href="${escape(href)}" style="${STYLE.link}">${escape(block.url)}</a></p>`;
    }
  }
}

export function mailHtml(mail: MailDocument): string {
  const body = mail.blocks.map((block) => blockHtml(block, mail.language)).join('\n');
  return `<div lang="${mail.language}" style="font-family:Georgia,'Times New Roman',serif;font-size:15px;line-height:1.5;color:#1a1a1a;max-width:680px">\n${body}\n</div>\n`;
}
