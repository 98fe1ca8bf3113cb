// Display names of the annotation vocabulary (labels, roles, statuses…), localised. Hovers,
// quick fixes, quick picks and the status bar all speak of them the same way.
import * as vscode from 'vscode';
import type { ReviewStatus } from '../core/review/review';
import type { Label, MoneyRole, MoneyScope, Qualifier } from '../core/types';

export function labelName(label: Label): string {
  switch (label) {
    case 'MONEY': return vscode.l10n.t('Amount');
    case 'PARK': return vscode.l10n.t('Park');
    case 'PROJECT': return vscode.l10n.t('Project');
    case 'COMPANY': return vscode.l10n.t('Company');
  }
}

export function roleName(role: MoneyRole): string {
  switch (role) {
    case 'investment': return vscode.l10n.t('Investment');
    case 'contract': return vscode.l10n.t('Contracted');
    case 'completed': return vscode.l10n.t('Completed or in place');
    case 'revenue': return vscode.l10n.t('Revenue or output');
    case 'tax': return vscode.l10n.t('Tax');
    case 'foreign': return vscode.l10n.t('Foreign capital');
    case 'funding': return vscode.l10n.t('Funding or subsidy');
    case 'threshold': return vscode.l10n.t('Size threshold');
    case 'other': return vscode.l10n.t('Other');
  }
}

export function scopeName(scope: MoneyScope): string {
  return scope === 'aggregate' ? vscode.l10n.t('Aggregate of several projects') : vscode.l10n.t('One project or company');
}

export function qualifierName(qualifier: Qualifier): string {
  switch (qualifier) {
    case 'approx': return vscode.l10n.t('About');
    case 'at_least': return vscode.l10n.t('At least');
    case 'at_most': return vscode.l10n.t('At most');
  }
}

export function statusName(status: ReviewStatus): string {
  switch (status) {
    case 'suggested': return vscode.l10n.t('Suggestion');
    case 'accepted': return vscode.l10n.t('Accepted');
    case 'rejected': return vscode.l10n.t('Rejected');
  }
}

/** How a link of an amount stands: stored as accepted, or only suggested by the engine. */
export function linkStatusName(status: 'accepted' | 'suggested'): string {
  return status === 'accepted' ? vscode.l10n.t('accepted link') : vscode.l10n.t('suggested link');
}
