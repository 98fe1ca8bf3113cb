// The plain-text reports of an export and of an import: the CLI prints them, the editor shows
// them in its output channel (and previews an import's with them), so both say the same thing.
import type { ExportResult, Format } from './annotatedArticle';
import { OFFSET_CONVENTION } from './annotatedArticle';
import type { ImportPlan } from './importPlan';
import { LABELS } from '../types';

export function renderExportSummary(format: Format, articleCount: number, result: ExportResult, written: readonly string[], suggestions: boolean): string {
  const total = LABELS.reduce((n, l) => n + result.counts[l], 0);
  const lines = [
    `export: ${articleCount} article(s), ${total} annotation(s)${suggestions ? ' (accepted + unreviewed suggestions)' : ' (accepted)'} → ${format}`,
    `  offsets: ${result.offsets ?? OFFSET_CONVENTION[format]}`,
    `  per label: ${LABELS.map((l) => `${l} ${result.counts[l]}`).join(', ')}`,
    ...(result.links !== undefined ? [`  links: ${result.links}`] : []),
    ...(result.notes ?? []).map((note) => `  note: ${note}`),
    `  files written: ${written.length}${written.length <= 6 ? `: ${written.join(', ')}` : ` (${written.slice(0, 3).join(', ')}, …)`}`,
  ];
  if (result.skipped.length) {
    lines.push(`  skipped: ${result.skipped.length}`);
    for (const s of result.skipped) lines.push(`    ${s.file}: ${s.reason}`);
  }
  return `${lines.join('\n')}\n`;
}

export function renderImportReport(plan: ImportPlan, dryRun: boolean, sidecars: number): string {
  const lines: string[] = [];
  let added = 0;
  let addedLinks = 0;
  let conflicts = 0;
  for (const a of plan.articles) {
    added += a.added.length;
    addedLinks += a.addedLinks.length;
    conflicts += a.conflicts.length + a.linkConflicts.length;
    const links = a.importedLinks.length ? `, +${a.addedLinks.length} link(s)` : '';
    lines.push(`  ${a.file}: +${a.added.length} new, ${a.unchanged} already there, ${a.conflicts.length + a.linkConflicts.length} conflict(s)${a.replaced.length ? `, ${a.replaced.length} replaced` : ''}${links}`);
    for (const n of a.added) lines.push(`      + ${n.label} “${n.text}” ${n.start}–${n.end}${n.status === 'rejected' ? ' (rejected)' : ''}`);
    for (const c of a.conflicts) lines.push(`      ! ${c.imported.label} “${c.imported.text}” ${c.imported.start}–${c.imported.end} (${c.imported.source}): ${c.reason}; kept the sidecar's`);
    for (const c of a.linkConflicts) lines.push(`      ! ${c}`);
  }
  const linkPart = addedLinks ? `, ${addedLinks} link(s)` : '';
  const head = `import${dryRun ? ' (dry run: nothing written)' : ''}: ${plan.articles.length} article(s), ${added} annotation(s)${linkPart} ${dryRun ? 'would be added' : 'added'}, ${conflicts} conflict(s), ${dryRun ? 'would write' : 'wrote'} ${sidecars} sidecar(s)`;
  const tail = conflicts ? ['  conflicts keep the stored annotation; import again replacing conflicts (CLI: --replace) to take the imported ones'] : [];
  const notes = plan.notes.length ? [`  ${plan.notes.length} note(s) on stderr (left out on purpose)`] : [];
  return `${[head, ...lines, ...tail, ...notes].join('\n')}\n`;
}
