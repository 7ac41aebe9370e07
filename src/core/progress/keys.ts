/** The key of a lesson in the learner's record: stable ids, never titles or positions. */
export const lessonKey = (packId: string, lessonId: string) => `${packId}/${lessonId}`;
