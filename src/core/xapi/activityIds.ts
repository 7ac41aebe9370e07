// Stable activity ids: built from the pack, module, lesson, quiz and question ids (never from
// titles or positions), under the IRI the administration sets in its policy
// (lrs.activityIriBase), so the same lesson has the same id on every PC and in every version
// of the pack. Without a policy value, DEFAULT_ACTIVITY_IRI_BASE.
//   <base>/packs/<pack>                              the course
//   <base>/packs/<pack>/modules/<module>
//   <base>/packs/<pack>/lessons/<lesson>
//   <base>/packs/<pack>/quizzes/<quiz>
//   <base>/packs/<pack>/quizzes/<quiz>/questions/<question>   (the quiz the question is written in)
//   <base>/packs/<pack>/certificate
export const DEFAULT_ACTIVITY_IRI_BASE = 'https://academy.wcoomd.example/xapi';

export interface ActivityIds {
  course(packId: string): string;
  module(packId: string, moduleId: string): string;
  lesson(packId: string, lessonId: string): string;
  quiz(packId: string, quizId: string): string;
  /** `ref` is a question id, or `<quiz>/<question>` for a question an assessment drew from another quiz. */
  question(packId: string, quizId: string, ref: string): string;
  certificate(packId: string): string;
}

export function activityIds(base: string = DEFAULT_ACTIVITY_IRI_BASE): ActivityIds {
  const root = base.replace(/\/+$/, '');
  const pack = (packId: string) => `${root}/packs/${encodeURIComponent(packId)}`;
  return {
    course: pack,
    module: (p, m) => `${pack(p)}/modules/${m}`,
    lesson: (p, l) => `${pack(p)}/lessons/${l}`,
    quiz: (p, q) => `${pack(p)}/quizzes/${q}`,
    question(p, quizId, ref) {
      const [fromQuiz, question] = ref.includes('/') ? ref.split('/', 2) : [quizId, ref];
      return `${pack(p)}/quizzes/${fromQuiz}/questions/${question}`;
    },
    certificate: (p) => `${pack(p)}/certificate`,
  };
}
