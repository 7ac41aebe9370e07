// Which pass mark a quiz uses. A lesson's knowledge check is formative: with four questions and
// the course-wide 80 %, a single slip failed it, which punishes learners for checking themselves.
// So a check passes at 3 of 4 (75 %), or at its own mark if that is lower; end-of-module quizzes
// and the final exam keep the mark their file sets (80 % by default). Applied when a pack is
// loaded, so the quiz screen, the scoring on submit and the progress report all use one figure.
export const CHECK_PASS_MARK = 0.75;

export function passMarkFor(passMark: number, isLessonCheck: boolean): number {
  return isLessonCheck ? Math.min(passMark, CHECK_PASS_MARK) : passMark;
}

/** The fewest right answers (in points) that reach a pass mark: 3 of 4 at 75 %. */
export function pointsToPass(passMark: number, maxPoints: number): number {
  return Math.ceil(Math.round(passMark * maxPoints * 1e6) / 1e6);
}
