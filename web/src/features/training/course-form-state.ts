import type { CreateTrainingCourseBody, TrainingCourse, TrainingTopicCode } from '../../api/training';

/** What the course form edits ("" = not given; provinceCode "" = a national course). */
export interface CourseFormValues {
  title: string;
  provinceCode: string;
  topics: TrainingTopicCode[];
  startsOn: string;
  endsOn: string;
  place: string;
  organiser: string;
}

export function emptyCourseForm(provinceCode: string | null): CourseFormValues {
  return {
    title: '',
    provinceCode: provinceCode ?? '',
    topics: [],
    startsOn: '',
    endsOn: '',
    place: '',
    organiser: '',
  };
}

export function courseToForm(course: TrainingCourse): CourseFormValues {
  return {
    title: course.title,
    provinceCode: course.province?.code ?? '',
    topics: [...course.topics],
    startsOn: course.startsOn,
    endsOn: course.endsOn,
    place: course.place ?? '',
    organiser: course.organiser ?? '',
  };
}

/** Ticks or unticks a topic, keeping the order of the topic list (`order`) so the body is stable. */
export function toggleTopic(
  chosen: readonly TrainingTopicCode[],
  topic: TrainingTopicCode,
  on: boolean,
  order: readonly TrainingTopicCode[],
): TrainingTopicCode[] {
  const next = new Set(chosen);
  if (on) next.add(topic);
  else next.delete(topic);
  return order.filter((code) => next.has(code));
}

const orNull = (value: string): string | null => (value.trim() === '' ? null : value.trim());

/**
 * The create/update body. A one-day course may leave the end date empty; nothing else is checked here, so
 * the server's messages (no title, no topic, end before start) show beside their fields.
 */
export function formToCourseBody(values: CourseFormValues): CreateTrainingCourseBody {
  return {
    title: values.title.trim(),
    provinceCode: values.provinceCode || null,
    topics: [...values.topics],
    startsOn: values.startsOn,
    endsOn: values.endsOn || values.startsOn,
    place: orNull(values.place),
    organiser: orNull(values.organiser),
  };
}
