/** Line icons drawn inline (no icon font, no remote asset); decorative, so hidden from screen readers. */
import type { ReactNode } from 'react';

function Icon({ children }: { children: ReactNode }) {
  return (
    <svg className="icon" width="16" height="16" viewBox="0 0 16 16" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
      {children}
    </svg>
  );
}

export const LinkIcon = () => (
  <Icon>
    <path d="M6.5 9.5l3-3" />
    <path d="M7 4.5l1-1a2.8 2.8 0 014 4l-1 1" />
    <path d="M9 11.5l-1 1a2.8 2.8 0 01-4-4l1-1" />
  </Icon>
);

export const UndoIcon = () => (
  <Icon>
    <path d="M5.5 3L2.5 6l3 3" />
    <path d="M2.5 6H10a3.5 3.5 0 010 7H7" />
  </Icon>
);

export const RedoIcon = () => (
  <Icon>
    <path d="M10.5 3l3 3-3 3" />
    <path d="M13.5 6H6a3.5 3.5 0 000 7h3" />
  </Icon>
);

export const BulletListIcon = () => (
  <Icon>
    <circle cx="3" cy="4" r="0.8" fill="currentColor" />
    <circle cx="3" cy="8" r="0.8" fill="currentColor" />
    <circle cx="3" cy="12" r="0.8" fill="currentColor" />
    <path d="M6 4h8M6 8h8M6 12h8" />
  </Icon>
);

export const OrderedListIcon = () => (
  <Icon>
    <path d="M2.5 2.5h1v3M2.3 9.2c.4-.6 1.9-.6 1.9.4 0 .8-1.9 1.4-1.9 2.4h2" strokeWidth="1.2" />
    <path d="M7 4h7M7 8h7M7 12h7" />
  </Icon>
);

export const QuoteIcon = () => (
  <Icon>
    <path d="M3 11.5c0-3 .8-5 3-6.5M9 11.5c0-3 .8-5 3-6.5" />
    <path d="M3 11.5h2.5V9H3zM9 11.5h2.5V9H9z" fill="currentColor" />
  </Icon>
);

export const PhotoIcon = () => (
  <Icon>
    <rect x="2" y="3" width="12" height="10" rx="1" />
    <circle cx="5.5" cy="6.5" r="1.2" />
    <path d="M2.5 12l3.8-3.8 2.7 2.7 1.8-1.8 2.7 2.7" />
  </Icon>
);

export const MoreIcon = () => (
  <Icon>
    <circle cx="3.5" cy="8" r="1" fill="currentColor" stroke="none" />
    <circle cx="8" cy="8" r="1" fill="currentColor" stroke="none" />
    <circle cx="12.5" cy="8" r="1" fill="currentColor" stroke="none" />
  </Icon>
);

export const ReleasesIcon = () => (
  <Icon>
    <path d="M4 1.8h5.5L13 5.3v8.9H4z" />
    <path d="M9.5 1.8v3.5H13M6.3 8.5h4.4M6.3 11h4.4" />
  </Icon>
);

export const GripIcon = () => (
  <Icon>
    {[4, 8, 12].flatMap((y) => [6, 10].map((x) => <circle key={`${x}-${y}`} cx={x} cy={y} r="0.9" fill="currentColor" stroke="none" />))}
  </Icon>
);

export const ContactsIcon = () => (
  <Icon>
    <circle cx="8" cy="5.5" r="2.7" />
    <path d="M2.8 14c.6-2.8 2.7-4.3 5.2-4.3s4.6 1.5 5.2 4.3" />
  </Icon>
);

export const KitsIcon = () => (
  <Icon>
    <path d="M2 5.2h12v8.6H2z" />
    <path d="M5.5 5.2V3.2h5v2M2 8.8h12" />
  </Icon>
);

export const BrandIcon = () => (
  <Icon>
    <circle cx="8" cy="8" r="6" />
    <circle cx="5.8" cy="6.3" r="0.9" fill="currentColor" stroke="none" />
    <circle cx="9.6" cy="5.4" r="0.9" fill="currentColor" stroke="none" />
    <circle cx="11" cy="8.8" r="0.9" fill="currentColor" stroke="none" />
    <path d="M7 10.5a1.5 1.5 0 010 3" />
  </Icon>
);
