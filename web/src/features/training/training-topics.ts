import { fetchTrainingTopics, type TrainingTopic, type TrainingTopicCode } from '../../api/training';
import type { Language } from '../../i18n/translate';

let topicsPromise: Promise<TrainingTopic[]> | null = null;

/** The topic list does not change while the page is open: fetched once (forgotten on failure, to retry). */
export const loadTopics = (_key: string, _signal: AbortSignal): Promise<TrainingTopic[]> => {
  topicsPromise ??= fetchTrainingTopics().catch((error: unknown) => {
    topicsPromise = null;
    throw error;
  });
  return topicsPromise;
};

/** A topic's label in the UI language; the code itself when the list is not loaded (yet). */
export function topicLabel(
  topics: readonly TrainingTopic[],
  code: TrainingTopicCode,
  language: Language,
): string {
  const topic = topics.find((t) => t.code === code);
  if (!topic) return code;
  return language === 'vi' ? topic.labelVi : topic.labelEn;
}

/** The labels of a course's topics, joined for a table cell ("Chuyển đổi số; Truy xuất nguồn gốc"). */
export const topicLabels = (
  topics: readonly TrainingTopic[],
  codes: readonly TrainingTopicCode[],
  language: Language,
): string => codes.map((code) => topicLabel(topics, code, language)).join('; ');
