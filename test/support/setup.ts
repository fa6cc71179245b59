// Fails the run early under CI when the shared data is missing, instead of letting gated tests skip.
import { sharedDataDir } from './shared-data';

sharedDataDir();
