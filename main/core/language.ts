import { z } from 'zod';

export const LANGUAGES = ['fr', 'en', 'ru'] as const;
export const Language = z.enum(LANGUAGES);
export type Language = z.infer<typeof Language>;

/** The words a printed communiqué uses, per release language. */
export interface Labels {
  release: string;
  pressKit: string;
  contacts: string;
  /** The word before a number, by the phone's type. */
  phone: Record<'work' | 'mobile' | 'fax', string>;
  about: string;
  contents: string;
  page: string;
}

export const LABELS: Record<Language, Labels> = {
  fr: {
    release: 'Communiqué de presse',
    pressKit: 'Dossier de presse',
    contacts: 'Contacts',
    phone: { work: 'Tél.', mobile: 'Mobile', fax: 'Fax' },
    about: 'À propos',
    contents: 'Sommaire',
    page: 'page',
  },
  en: {
    release: 'Press Release',
    pressKit: 'Press kit',
    contacts: 'Contacts',
    phone: { work: 'Tel.', mobile: 'Mobile', fax: 'Fax' },
    about: 'About',
    contents: 'Contents',
    page: 'page',
  },
  ru: {
    release: 'Пресс-релиз',
    pressKit: 'Пресс-кит',
    contacts: 'Контакты',
    phone: { work: 'Тел.', mobile: 'Моб.', fax: 'Факс' },
    about: 'О компании',
    contents: 'Содержание',
    page: 'стр.',
  },
};
