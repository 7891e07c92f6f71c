import { TALENT_KIND_WORDS, type TalentKind } from '@shared/domain';

/** One person's kind. */
export const KIND_LABEL: Record<TalentKind, string> = TALENT_KIND_WORDS;

/** A group of people of a kind: filter buttons and group headings. */
export const KIND_GROUP_LABEL: Record<TalentKind, string> = { staff: 'Staff', freelancer: 'Freelancers', agency: 'Agencies' };
