import { useState } from 'react';

/**
 * Pending flag and error of writes after which the screen moves on (navigates away, or hands the saved record
 * up): pending is cleared only when the write fails, so the buttons stay disabled until then.
 */
export function useLeavingAction() {
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);

  async function run(action: () => Promise<void>) {
    setPending(true);
    setError(null);
    try {
      await action();
    } catch (caught) {
      setError(caught);
      setPending(false);
    }
  }

  return { error, pending, run };
}
