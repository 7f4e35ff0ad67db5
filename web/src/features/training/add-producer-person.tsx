import type { Producer } from '../../api/types';
import { ProducerSearch, useProducerSearch } from '../../components/producer-search';
import { useI18n } from '../../i18n/i18n-context';

interface AddProducerPersonProps {
  /** The course's province (its producers only); null for a national course. */
  provinceCode: string | null;
  /** Adds an unnamed person of the producer (a producer may send several people). */
  onAdd: (producer: Producer) => void;
}

/** Finds a producer by name (GET /producers?q=) and adds a row for one of its people. */
export function AddProducerPerson({ provinceCode, onAdd }: AddProducerPersonProps) {
  const { t } = useI18n();
  const search = useProducerSearch(provinceCode);
  return (
    <div className="add-participant training-add" data-testid="add-person">
      <ProducerSearch
        search={search}
        label={t('training.addProducer')}
        buttonLabel={t('training.findProducer')}
        hint={t('training.addProducerHint')}
        resultsLabel={t('training.producerResults')}
        chooseLabel={() => t('training.addPerson')}
        onChoose={onAdd}
      />
    </div>
  );
}
