import { ApiError } from '../../api/http';
import type { CourseParticipants, SetCourseParticipantsBody } from '../../api/training';
import type { User } from '../../api/types';

/** An official as edited: their account, what the list shows of it, their unit, and whether they completed. */
export interface DraftOfficial {
  userId: string;
  name: string;
  /** Commune name or username: tells apart two officials of the same name. */
  detail: string;
  organisation: string;
  completed: boolean;
}

/** A producer's person as edited; `key` tells rows apart (a producer may send several people). */
export interface DraftPerson {
  key: string;
  producer: { id: string; name: string };
  personName: string;
  completed: boolean;
}

export interface ParticipantsDraft {
  officials: DraftOfficial[];
  producers: DraftPerson[];
}

let lastKey = 0;
const newKey = (): string => {
  lastKey += 1;
  return `person-${lastKey}`;
};

export function participantsToDraft(view: CourseParticipants): ParticipantsDraft {
  return {
    officials: view.officials.map((o) => ({
      userId: o.userId,
      name: o.name,
      detail: o.commune?.name ?? '',
      organisation: o.organisation ?? '',
      completed: o.completed,
    })),
    producers: view.producers.map((p) => ({
      key: newKey(),
      producer: { id: p.producer.id, name: p.producer.name },
      personName: p.personName,
      completed: p.completed,
    })),
  };
}

/** The whole list for PUT; names are sent as typed (trimmed) so the server's messages land on their rows. */
export function draftToBody(draft: ParticipantsDraft): SetCourseParticipantsBody {
  return {
    officials: draft.officials.map((o) => ({
      userId: o.userId,
      organisation: o.organisation.trim() || null,
      completed: o.completed,
    })),
    producers: draft.producers.map((p) => ({
      producerId: p.producer.id,
      personName: p.personName.trim(),
      completed: p.completed,
    })),
  };
}

/** A new official row for an account (completed by default, as the server assumes). */
export const officialOf = (user: Pick<User, 'id' | 'displayName' | 'username'>): DraftOfficial => ({
  userId: user.id,
  name: user.displayName,
  detail: user.username,
  organisation: '',
  completed: true,
});

/** A new, unnamed person of a producer. */
export const personOf = (producer: { id: string; name: string }): DraftPerson => ({
  key: newKey(),
  producer: { id: producer.id, name: producer.name },
  personName: '',
  completed: true,
});

/** Active accounts not on the list yet, by name (Vietnamese order). */
export function officialCandidates(accounts: readonly User[], taken: ReadonlySet<string>): User[] {
  return accounts
    .filter((a) => a.isActive && a.role !== 'producer' && !taken.has(a.id))
    .sort((a, b) => a.displayName.localeCompare(b.displayName, 'vi'));
}

export interface ParticipantErrors {
  officials: Readonly<Record<number, string[]>>;
  producers: Readonly<Record<number, string[]>>;
  /** Messages about the list as a whole (or rows the form no longer has). */
  other: string[];
}

/** Field errors of a PUT ("body.producers.2.personName") grouped by row. */
export function participantErrorsOf(error: unknown): ParticipantErrors {
  const result = { officials: {} as Record<number, string[]>, producers: {} as Record<number, string[]> };
  const other: string[] = [];
  if (!(error instanceof ApiError)) return { ...result, other };
  for (const { field, message } of error.errors) {
    const match = /^body\.(officials|producers)\.(\d+)(\.|$)/.exec(field);
    if (!match) {
      other.push(message);
      continue;
    }
    const rows = result[match[1] as 'officials' | 'producers'];
    const index = Number(match[2]);
    const list = rows[index] ?? [];
    if (!list.includes(message)) list.push(message);
    rows[index] = list;
  }
  return { ...result, other };
}
