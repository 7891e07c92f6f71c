import type { TalentKind } from '@shared/domain';

/** Who a plan or a ranking considers. */
export type KindsChoice = 'staff' | 'staff+freelancer' | 'all';

export const KINDS_OF: Record<KindsChoice, readonly TalentKind[]> = {
  staff: ['staff'],
  'staff+freelancer': ['staff', 'freelancer'],
  all: ['staff', 'freelancer', 'agency'],
};
