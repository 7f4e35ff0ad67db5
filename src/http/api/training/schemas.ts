import { z } from 'zod';
import { TRAINING_TOPIC_CODES, TRAINING_TOPICS } from '../../../domain/training/training-topics.ts';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày dạng YYYY-MM-DD');
const provinceCode = z.string().regex(/^\d{2}$/, 'Mã tỉnh gồm 2 chữ số');
const unitRef = z.object({ code: z.string(), name: z.string() });
const topicsHelp = TRAINING_TOPICS.map((t) => `${t.code}: ${t.labelVi}`).join('; ');

export const TrainingTopicListSchema = z.object({
  items: z.array(z.object({ code: z.enum(TRAINING_TOPIC_CODES), labelVi: z.string(), labelEn: z.string() })),
});

export const TrainingCourseSchema = z
  .object({
    id: z.uuid(),
    title: z.string(),
    province: unitRef.nullable().describe('null: lớp toàn quốc'),
    topics: z.array(z.enum(TRAINING_TOPIC_CODES)),
    startsOn: z.string(),
    endsOn: z.string(),
    place: z.string().nullable(),
    organiser: z.string().nullable(),
    participantCounts: z.object({ officials: z.number().int(), producers: z.number().int() }),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'TrainingCourse' });

const fields = {
  title: z.string().max(300),
  provinceCode: provinceCode.nullable().describe('null: lớp toàn quốc (do Bộ ghi nhận)'),
  topics: z.array(z.enum(TRAINING_TOPIC_CODES)).max(20).describe(`Chủ đề (ít nhất một): ${topicsHelp}`),
  startsOn: isoDate,
  endsOn: isoDate,
  place: z.string().max(500).nullish(),
  organiser: z.string().max(300).nullish(),
};

export const CreateTrainingCourseBody = z.object(fields);
export const UpdateTrainingCourseBody = z.object(fields).partial();

export const TrainingCourseListQuery = z.object({
  province: provinceCode.optional(),
  includeNational: z.stringbool().optional().describe('Kèm lớp toàn quốc (mặc định có)'),
  topic: z.enum(TRAINING_TOPIC_CODES).optional(),
  from: isoDate.optional().describe('Lớp chưa kết thúc trước ngày này'),
  to: isoDate.optional().describe('Lớp bắt đầu không muộn hơn ngày này'),
  q: z.string().max(100).optional().describe('Tên lớp, không cần dấu'),
  producerId: z
    .uuid()
    .optional()
    .describe('Chỉ các lớp có người của chủ thể này tham gia (tài khoản chủ thể: chỉ của mình)'),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

export const TrainingCourseListSchema = z.object({
  items: z.array(TrainingCourseSchema),
  total: z.number().int(),
});

export const CourseParticipantsSchema = z
  .object({
    officials: z.array(
      z.object({
        userId: z.uuid(),
        name: z.string(),
        organisation: z.string().nullable(),
        commune: unitRef.nullable(),
        completed: z.boolean(),
      }),
    ),
    producers: z.array(
      z.object({
        producer: z.object({ id: z.uuid(), name: z.string() }),
        personName: z.string(),
        commune: unitRef.nullable(),
        completed: z.boolean(),
      }),
    ),
  })
  .meta({ id: 'TrainingCourseParticipants' });

export const SetCourseParticipantsBody = z.object({
  officials: z
    .array(
      z.object({
        userId: z.uuid(),
        organisation: z.string().max(300).nullish().describe('Đơn vị công tác'),
        completed: z.boolean().optional().describe('Hoàn thành khoá học (mặc định có)'),
      }),
    )
    .max(2000)
    .describe('Cán bộ: tài khoản trong tỉnh của lớp'),
  producers: z
    .array(
      z.object({
        producerId: z.uuid(),
        personName: z.string().max(200).describe('Họ tên người tham gia'),
        completed: z.boolean().optional(),
      }),
    )
    .max(5000)
    .describe('Người của chủ thể OCOP (một chủ thể có thể cử nhiều người)'),
});

const share = z.object({
  trained: z.number().int(),
  total: z.number().int(),
  share: z.number().nullable().describe('trained / total; null khi total = 0'),
});

export const TrainingCoverageQuery = z.object({
  provinceCode: provinceCode.optional().describe('Bỏ trống: toàn quốc (Bộ) hoặc tỉnh của bạn'),
  from: isoDate.optional().describe('Lớp bắt đầu từ ngày (mặc định 1/1 năm nay)'),
  to: isoDate.optional().describe('Đến ngày (mặc định hôm nay)'),
});

export const TrainingCoverageSchema = z
  .object({
    provinceCode: z.string().nullable(),
    from: z.string(),
    to: z.string(),
    officials: share.describe('Cán bộ tỉnh, xã (tài khoản đang hoạt động) đã hoàn thành tập huấn'),
    producers: share
      .extend({
        trainedAll: z.number().int().describe('Mọi chủ thể đã tập huấn, kể cả chưa có sản phẩm OCOP'),
      })
      .describe('Chủ thể có sản phẩm OCOP còn hiệu lực đã tập huấn'),
  })
  .meta({ id: 'TrainingCoverage' });
