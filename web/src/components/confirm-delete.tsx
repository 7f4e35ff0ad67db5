import { useI18n } from '../i18n/i18n-context';

interface ConfirmDeleteProps {
  /** The first button ("Xoá …"). */
  label: string;
  /** The button that deletes, shown once asked. */
  confirmLabel: string;
  /** Asked: the confirm and cancel buttons show. Held by the caller (an edit panel keeps it while closed). */
  asking: boolean;
  onAskingChange: (asking: boolean) => void;
  pending: boolean;
  onConfirm: () => void;
}

/** A delete button that asks first: the danger button then does it, or cancel goes back. Goes in `.form-actions`. */
export function ConfirmDelete(props: ConfirmDeleteProps) {
  const { asking, onAskingChange, pending, onConfirm } = props;
  const { t } = useI18n();
  if (!asking) {
    return (
      <button type="button" className="button-outline" onClick={() => onAskingChange(true)}>
        {props.label}
      </button>
    );
  }
  return (
    <>
      <button type="button" className="button-danger" disabled={pending} onClick={onConfirm}>
        {props.confirmLabel}
      </button>
      <button type="button" className="button-outline" onClick={() => onAskingChange(false)}>
        {t('common.cancel')}
      </button>
    </>
  );
}
