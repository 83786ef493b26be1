// A refusal in the page's language: the service's message for each field (problem+json errors), or a plain word.
import { getLang, t } from '../i18n.js';

export function refusalText(error) {
  if (error?.status === 0) return t('tip.problem.network');
  if (error?.status === 429) return t('tip.problem.rateLimited');
  const errors = error?.errors ?? [];
  if (!errors.length) return t('tip.problem.failed');
  return errors.map((e) => (getLang() === 'en' ? e.messageEn : e.messageVi) || e.messageVi || e.code).join('; ');
}
