/**
 * The Form view's strings, Vietnamese first with complete English; merged into the app's
 * dictionary (renderer/i18n/dictionary.ts) like the editor's own. (`form.*` names the document
 * forms of the summary, so these are `formView.*`.)
 */
export const FORM_STRINGS = {
  'formView.label': { vi: 'Biểu mẫu', en: 'Form' },
} as const;
