import { useId } from 'react';

interface ProgressBarProps {
  label: string;
  value: number;
  max: number;
  /** Shown after the bar, e.g. "120 / 300 dòng" or "45%". */
  text: string;
  testId?: string;
}

/** A labelled native <progress>; the text repeats the value for sighted users and is announced politely. */
export function ProgressBar({ label, value, max, text, testId }: ProgressBarProps) {
  const id = useId();
  return (
    <div className="progress" data-testid={testId}>
      <label htmlFor={id}>{label}</label>
      <progress id={id} max={max > 0 ? max : 1} value={max > 0 ? Math.min(value, max) : 0}>
        {text}
      </progress>
      <span className="progress-text" role="status">
        {text}
      </span>
    </div>
  );
}
