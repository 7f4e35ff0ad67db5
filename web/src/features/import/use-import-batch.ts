import { useCallback, useEffect, useState } from 'react';
import { ApiError, isAbortError } from '../../api/http';
import { fetchImport } from '../../api/imports';
import type { ImportBatch } from '../../api/types';
import { isRunning, POLL_INTERVAL_MS } from './import-state';

export interface ImportBatchState {
  batch: ImportBatch | null;
  loading: boolean;
  /** A failed load or poll; cleared by the next successful answer. */
  error: unknown;
  /** Replace the batch with a server answer (upload, PUT mapping, POST preview/commit). */
  update: (batch: ImportBatch) => void;
}

/** Network and server errors are worth another poll; a 4xx (session ended, batch gone) is not. */
const isTransient = (error: unknown) =>
  error instanceof ApiError && (error.status === 0 || error.status >= 500);

/**
 * The batch of #/import/{id}: loaded once, then polled every 500 ms while the server is previewing or
 * committing (GET /imports/{id}); polling stops at any other status or on a non-transient error.
 */
export function useImportBatch(batchId: string | null): ImportBatchState {
  const [batch, setBatch] = useState<ImportBatch | null>(null);
  const [error, setError] = useState<unknown>(null);
  const update = useCallback((next: ImportBatch) => {
    setBatch(next);
    setError(null);
  }, []);

  useEffect(() => {
    if (batchId === null) return;
    const controller = new AbortController();
    fetchImport(batchId, controller.signal).then(update, (caught: unknown) => {
      if (!isAbortError(caught)) setError(caught);
    });
    return () => controller.abort();
  }, [batchId, update]);

  useEffect(() => {
    if (batch === null || !isRunning(batch.status)) return;
    const controller = new AbortController();
    const timer = window.setTimeout(() => {
      fetchImport(batch.id, controller.signal).then(update, (caught: unknown) => {
        if (isAbortError(caught)) return;
        setError(caught);
        // A copy of the same batch re-arms the timer below for another try.
        if (isTransient(caught)) setBatch((current) => current && { ...current });
      });
    }, POLL_INTERVAL_MS);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [batch, update]);

  const loading = batchId !== null && batch === null && error === null;
  return { batch, loading, error, update };
}
