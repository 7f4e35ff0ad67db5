import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n-context';

interface PublicLinkProps {
  href: string;
  children: ReactNode;
  className?: string;
  testId?: string;
}

/** A link to a public page of the portal, opened in a new tab (said to screen readers too). */
export function PublicLink({ href, children, className, testId }: PublicLinkProps) {
  const { t } = useI18n();
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" className={className} data-testid={testId}>
      {children}
      <span className="visually-hidden"> {t('common.newTab')}</span>
      <span aria-hidden="true"> ↗</span>
    </a>
  );
}
