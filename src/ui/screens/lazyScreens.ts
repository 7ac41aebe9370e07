// Every screen but the lesson is loaded when first shown (see ../lazyNamed). The lesson screen
// stays in the first bundle: it is the first screen the learner usually comes back to.
import { lazyNamed } from '../lazyNamed';

export { LessonScreen } from './LessonScreen';
export const HomeScreen = lazyNamed(() => import('./HomeScreen'), 'HomeScreen');
export const ModuleScreen = lazyNamed(() => import('./ModuleScreen'), 'ModuleScreen');
export const QuizScreen = lazyNamed(() => import('./QuizScreen'), 'QuizScreen');
export const ResultScreen = lazyNamed(() => import('./ResultScreen'), 'ResultScreen');
export const GlossaryScreen = lazyNamed(() => import('./GlossaryScreen'), 'GlossaryScreen');
export const SettingsScreen = lazyNamed(() => import('./SettingsScreen'), 'SettingsScreen');
export const CertificateScreen = lazyNamed(() => import('./CertificateScreen'), 'CertificateScreen');
export const VerifyScreen = lazyNamed(() => import('./VerifyScreen'), 'VerifyScreen');
export const ReviewScreen = lazyNamed(() => import('./ReviewScreen'), 'ReviewScreen');
export const TrainerScreen = lazyNamed(() => import('./TrainerScreen'), 'TrainerScreen');
export const ProgressScreen = lazyNamed(() => import('./ProgressScreen'), 'ProgressScreen');
export const ProfilesScreen = lazyNamed(() => import('./ProfilesScreen'), 'ProfilesScreen');
export const ClassesScreen = lazyNamed(() => import('./classes/ClassesScreen'), 'ClassesScreen');
export const ClassScreen = lazyNamed(() => import('./classes/ClassScreen'), 'ClassScreen');
export const ClassTraineeScreen = lazyNamed(() => import('./classes/ClassTraineeScreen'), 'ClassTraineeScreen');
export const PacksScreen = lazyNamed(() => import('./PacksScreen'), 'PacksScreen');
