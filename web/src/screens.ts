/**
 * The workbench's screens as data: the path each answers, its title, whether the navigation
 * lists it, and the role a key needs to see it. A new screen is one more row here (and its
 * path in src/server/web.ts, so a reload there serves the page).
 */
import type { ComponentType } from 'react';
import type { Role } from './api.ts';
import { AlertsScreen } from './screens/Alerts.tsx';
import { ArticleScreen } from './screens/Article.tsx';
import { BatchScreen } from './screens/Batch.tsx';
import { BatchJobScreen } from './screens/BatchJob.tsx';
import { EntityScreen } from './screens/Entity.tsx';
import { ExplainScreen } from './screens/Explain.tsx';
import { ListsScreen } from './screens/Lists.tsx';
import { SearchScreen } from './screens/Search.tsx';

export interface ScreenProps {
  params: Record<string, string>;
  search: string;
}

export interface ScreenDef {
  /** "/entity/:id": segments starting with ":" are parameters. */
  pattern: string;
  title: string;
  /** The navigation's label; absent for screens reached from others (an entity). */
  nav?: string;
  /** The least role that sees it; absent: every signed-in key. */
  role?: Role;
  Component: ComponentType<ScreenProps>;
}

export const SCREENS: readonly ScreenDef[] = [
  { pattern: '/', title: 'Search', nav: 'Search', Component: SearchScreen },
  { pattern: '/entity/:id', title: 'Entity', Component: EntityScreen },
  { pattern: '/explain', title: 'Explain', nav: 'Explain', Component: ExplainScreen },
  { pattern: '/alerts', title: 'Alerts', nav: 'Alerts', Component: AlertsScreen },
  { pattern: '/batch', title: 'Batch', nav: 'Batch', Component: BatchScreen },
  { pattern: '/batch/:id', title: 'Batch job', Component: BatchJobScreen },
  { pattern: '/lists', title: 'Lists', nav: 'Lists', Component: ListsScreen },
  { pattern: '/article', title: 'Article', nav: 'Article', Component: ArticleScreen },
];

/** Whether a key of `role` may see what needs `needed`. */
export function allows(role: Role, needed: Role | undefined): boolean {
  return needed === undefined || needed === 'screen' || role === 'admin';
}
