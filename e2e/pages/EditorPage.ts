/**
 * The editor as a helpdesk officer sees it: the issues panel (a list), the view switch, the JSON
 * view (Monaco), the quick-fix preview, the tabs, the command palette. Found by roles and labels
 * in the current language, so a reworded label does not break the tests.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import { Studio } from './Studio';

export class EditorPage extends Studio {
  constructor(page: Page) {
    super(page);
  }

  /** The issues panel's list. */
  get issues(): Locator {
    return this.page.getByRole('list', { name: this.text('doc.issuesTitle') });
  }

  /** The issue item whose text contains `path`. */
  issue(path: string): Locator {
    return this.issues.getByRole('listitem').filter({ hasText: path });
  }

  /** Clicks an issue (selects its field in every view). */
  async selectIssue(path: string): Promise<void> {
    await this.issue(path).getByRole('button').first().click();
  }

  /** The view switch's button of a view ("Form", "Tree", "JSON"). */
  viewButton(name: 'Form' | 'Tree' | 'JSON'): Locator {
    return this.page.getByRole('group', { name: this.text('view.switch') }).getByRole('button', { name, exact: true });
  }

  async showJson(): Promise<void> {
    await this.viewButton('JSON').click();
    await expect(this.jsonEditor).toBeVisible();
  }

  /** Monaco's area of the JSON view. */
  get jsonEditor(): Locator {
    return this.page.getByTestId('json-editor');
  }

  /** The rendered lines of the JSON view (only those on screen). */
  get jsonLines(): Locator {
    return this.jsonEditor.locator('.view-lines');
  }

  /** The JSON view's status line (cursor or selected path). */
  get jsonWhere(): Locator {
    return this.page.getByTestId('json-where');
  }

  /** Gives the keyboard to Monaco without moving its selection. */
  async focusJson(): Promise<void> {
    await this.jsonEditor.locator('textarea, .native-edit-context').first().focus();
  }

  /** The quick-fix or repair preview dialog. */
  get preview(): Locator {
    return this.page.getByRole('dialog').filter({ has: this.page.getByRole('region', { name: this.text('preview.changes') }) });
  }

  get tabs(): Locator {
    return this.page.getByRole('tablist', { name: this.text('tabs.label') });
  }
}
