/**
 * "Add to briefing" from anywhere in the app: puts the target in the briefing the user touched
 * last (made on first use) and says where it went, or that it was already there.
 */
import { useCallback } from 'react';
import { useToast } from '../../components/Toasts';
import { addToBriefing, currentBriefing, type BriefingTarget } from '../../db/briefings';

/** Returns add(target, what): `what` names the item in the message ("Timeline added to …"). */
export function useAddToBriefing(): (target: BriefingTarget, what?: string) => Promise<void> {
  const notify = useToast();
  return useCallback(
    async (target, what) => {
      try {
        const briefing = await currentBriefing();
        const added = await addToBriefing(briefing.id, target);
        notify(
          added
            ? `${what ? `${what} added` : 'Added'} to “${briefing.title}”`
            : `Already in “${briefing.title}”`,
        );
      } catch (error) {
        notify(`Could not add to the briefing: ${(error as Error).message}`, 'error');
      }
    },
    [notify],
  );
}
