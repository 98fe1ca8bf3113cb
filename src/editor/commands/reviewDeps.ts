// What every review command needs: the store it writes through and the shared analysis it reads.
import type { AnalysisCache } from '../analysisCache';
import type { AnnotationStore } from '../annotationStore';

export interface ReviewDeps {
  readonly store: AnnotationStore;
  readonly analysis: AnalysisCache;
}
