// Command, setting and view ids, declared once. They mirror package.json; a unit test checks
// that every contributed command is registered and every id matches `investNews.<verbNoun>`.

export const CommandId = {
  tagSelection: 'investNews.tagSelection',
  acceptSuggestion: 'investNews.acceptSuggestion',
  rejectSuggestion: 'investNews.rejectSuggestion',
  relabelAnnotation: 'investNews.relabelAnnotation',
  setMoneyRole: 'investNews.setMoneyRole',
  editMoneyValue: 'investNews.editMoneyValue',
  removeAnnotation: 'investNews.removeAnnotation',
  acceptAllSuggestions: 'investNews.acceptAllSuggestions',
  undoReview: 'investNews.undoReview',
  linkAmount: 'investNews.linkAmount',
  acceptLinks: 'investNews.acceptLinks',
  removeLink: 'investNews.removeLink',
  acceptAllLinks: 'investNews.acceptAllLinks',
  nextUnreviewed: 'investNews.nextUnreviewed',
  previousUnreviewed: 'investNews.previousUnreviewed',
  showSummary: 'investNews.showSummary',
  export: 'investNews.export',
  import: 'investNews.import',
  openSidecar: 'investNews.openSidecar',
  showUnplaced: 'investNews.showUnplaced',
  showOrphanedSidecars: 'investNews.showOrphanedSidecars',
  useArticleLanguage: 'investNews.useArticleLanguage',
  openSample: 'investNews.openSample',
  tagAllOccurrences: 'investNews.tagAllOccurrences',
  rejectAllOccurrences: 'investNews.rejectAllOccurrences',
  undoOccurrenceBatch: 'investNews.undoOccurrenceBatch',
  checkConsistency: 'investNews.checkConsistency',
  addLexiconEntry: 'investNews.addLexiconEntry',
  removeLexiconEntry: 'investNews.removeLexiconEntry',
  editLexiconEntry: 'investNews.editLexiconEntry',
  openLexicon: 'investNews.openLexicon',
  adjudicate: 'investNews.adjudicate',
  adjudicateCorpus: 'investNews.adjudicateCorpus',
  takeFirstVersion: 'investNews.takeFirstVersion',
  takeSecondVersion: 'investNews.takeSecondVersion',
  takeBothVersions: 'investNews.takeBothVersions',
  takeNeitherVersion: 'investNews.takeNeitherVersion',
  nextDisagreement: 'investNews.nextDisagreement',
  previousDisagreement: 'investNews.previousDisagreement',
  pickVersion: 'investNews.pickVersion',
  stopAdjudication: 'investNews.stopAdjudication',
} as const;
export type CommandId = (typeof CommandId)[keyof typeof CommandId];

export const SettingId = {
  include: 'investNews.include',
  sidecarFolder: 'investNews.sidecarFolder',
  annotator: 'investNews.annotator',
  author: 'investNews.author',
  rejectedDisplay: 'investNews.rejectedDisplay',
  learnLexicon: 'investNews.learnLexicon',
} as const;

export const CONFIG_SECTION = 'investNews';
