import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { resetAppStore, useAppStore } from '../../src/store'
import { EXPORT_FORMAT, exportProgress } from '../../src/store/progress-file'
import { PY_ID, SQL_ID } from './support/fixture-scenario'
import { renderApp } from './support/render-app'

vi.mock('../../src/scenarios/index', async () => await import('./support/fixture-scenario'))
vi.mock('../../src/store/services', async () => ({ services: (await import('./support/fake-services')).fakeServices }))
vi.mock('../../src/features/exercise/shared/editor/monaco-answer', async () => await import('./support/fake-monaco'))

const KEY = 'de-trainer'

/** What a learner did on one machine. */
function seedProgress() {
  const store = useAppStore.getState()
  store.markSolved(SQL_ID)
  store.recordAttempt(SQL_ID)
  store.recordAttempt(SQL_ID)
  store.recordAttempt(PY_ID)
  store.setDraft(PY_ID, 'class BasketProcessor: ...')
  store.rateCriterion('fixture-shop/product-sense', 'metrics', 'strong')
  store.setFollowUpNote('fixture-shop/late-data', 'Re-run the last three days')
  store.rateFollowUp('fixture-shop/late-data', 'weak')
}

const jsonFile = (content: unknown, name = 'export.json') =>
  new File([typeof content === 'string' ? content : JSON.stringify(content)], name, { type: 'application/json' })

async function importFile(file: File) {
  const user = userEvent.setup()
  await user.upload(screen.getByLabelText('Import file'), file)
}

beforeEach(() => {
  resetAppStore()
})

afterEach(() => {
  vi.restoreAllMocks()
})

describe('the progress page', () => {
  it('summarises each scenario: exercises solved and Submits', async () => {
    seedProgress()
    renderApp('#/progress')
    const table = await screen.findByRole('table', { name: 'Progress by scenario' })
    const shop = within(table).getByRole('row', { name: /Fixture Shop Orders/ })
    expect(within(shop).getAllByRole('cell').map((c) => c.textContent)).toEqual(['1 of 3', '3'])
    const ads = within(table).getByRole('row', { name: /Fixture Ads Attribution/ })
    expect(within(ads).getAllByRole('cell').map((c) => c.textContent)).toEqual(['0 of 0', '0'])
  })

  it('exports everything to one JSON file', async () => {
    seedProgress()
    let saved: Blob | undefined
    const createObjectURL = vi.fn((blob: Blob) => {
      saved = blob
      return 'blob:export'
    })
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() })
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {})
    renderApp('#/progress')
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Export progress' }))
    expect(click).toHaveBeenCalledOnce()
    const file = JSON.parse(await saved!.text())
    expect(file).toMatchObject({ format: EXPORT_FORMAT, version: 3 })
    expect(file.state).toEqual({
      solved: useAppStore.getState().solved,
      attempts: { [SQL_ID]: 2, [PY_ID]: 1 },
      drafts: { [PY_ID]: 'class BasketProcessor: ...' },
      selfRatings: { 'fixture-shop/product-sense': { metrics: 'strong' } },
      ratingHistory: {},
      followUpNotes: { 'fixture-shop/late-data': 'Re-run the last three days' },
      followUpRatings: { 'fixture-shop/late-data': 'weak' },
      reviews: { 'follow-up:fixture-shop/late-data': expect.objectContaining({ kind: 'follow-up', step: 0 }) },
    })
    expect(screen.getByRole('status')).toHaveTextContent(/^Exported/)
  })

  it('imports an export from another machine, replacing the data here', async () => {
    seedProgress()
    const exported = exportProgress()
    resetAppStore()
    useAppStore.getState().setDraft(SQL_ID, 'SELECT "this machine"')
    renderApp('#/progress')
    await screen.findByRole('heading', { name: 'Progress' })
    await importFile(jsonFile(exported))
    expect(await screen.findByRole('status')).toHaveTextContent(/^Imported export\.json/)
    const state = useAppStore.getState()
    expect(state.solved[SQL_ID]).toBeDefined()
    expect(state.drafts).toEqual({ [PY_ID]: 'class BasketProcessor: ...' })
    expect(state.followUpRatings).toEqual({ 'fixture-shop/late-data': 'weak' })
    expect(JSON.parse(localStorage.getItem(KEY)!).state.followUpNotes).toEqual({ 'fixture-shop/late-data': 'Re-run the last three days' })
    const row = screen.getByRole('row', { name: /Fixture Shop Orders/ })
    expect(within(row).getAllByRole('cell')[0]).toHaveTextContent('1 of 3')
  })

  it('imports an export of an older version (v2, no follow-ups yet)', async () => {
    renderApp('#/progress')
    await screen.findByRole('heading', { name: 'Progress' })
    await importFile(jsonFile({ format: EXPORT_FORMAT, version: 2, exportedAt: '2024-06-01T00:00:00Z', state: { solved: { [SQL_ID]: { at: '2024-06-01T00:00:00Z' } } } }))
    await screen.findByRole('status')
    expect(useAppStore.getState().solved[SQL_ID]).toEqual({ at: '2024-06-01T00:00:00.000Z' })
    expect(useAppStore.getState().followUpNotes).toEqual({})
  })

  const refused: Array<[string, File, RegExp]> = [
    ['a file that is not JSON', jsonFile('SELECT 1;', 'answer.sql'), /not JSON/],
    ['a JSON file of something else', jsonFile({ name: 'my-package', version: '1.0.0' }), /not an export of this trainer/],
    [
      'an export made by a newer version',
      jsonFile({ format: EXPORT_FORMAT, version: 99, exportedAt: '2030-01-01T00:00:00Z', state: {} }),
      /newer version of the trainer \(data version 99; this one reads up to 3\)/,
    ],
    [
      'a damaged export',
      jsonFile({ format: EXPORT_FORMAT, version: 3, exportedAt: '2024-06-01T00:00:00Z', state: { attempts: { [SQL_ID]: 'many' } } }),
      /damaged: state\.attempts\.fixture-shop\/sql-top-customers/,
    ],
    ['an export without a date', jsonFile({ format: EXPORT_FORMAT, version: 3, state: {} }), /damaged: exportedAt/],
  ]

  it.each(refused)('refuses %s with a clear message and changes nothing', async (_what, file, message) => {
    seedProgress()
    const before = JSON.stringify(exportProgress(undefined, new Date(0)))
    const stored = localStorage.getItem(KEY)
    renderApp('#/progress')
    await screen.findByRole('heading', { name: 'Progress' })
    await importFile(file)
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent(message)
    expect(alert).toHaveTextContent(/Nothing was changed\.$/)
    expect(JSON.stringify(exportProgress(undefined, new Date(0)))).toBe(before)
    expect(localStorage.getItem(KEY)).toBe(stored)
  })
})

describe('corrupted storage', () => {
  it('keeps a backup of unreadable data, starts fresh, and offers the copy on the progress page', async () => {
    vi.resetModules()
    localStorage.clear()
    localStorage.setItem(KEY, '{"state": {"solved": nope')
    const store = await import('../../src/store')
    const { App } = await import('../../src/app/app')
    const { render } = await import('@testing-library/react')
    window.location.hash = '#/progress'
    render(<App />)
    await screen.findByRole('heading', { name: 'Saved data that could not be read' })
    expect(JSON.parse(localStorage.getItem('de-trainer:backup')!).text).toBe('{"state": {"solved": nope')
    expect(store.useAppStore.getState().solved).toEqual({})
    // The app keeps working, and saving does not touch the copy.
    store.useAppStore.getState().markSolved(SQL_ID)
    await waitFor(() => expect(JSON.parse(localStorage.getItem(KEY)!).state.solved[SQL_ID]).toBeDefined())
    expect(localStorage.getItem('de-trainer:backup')).not.toBeNull()
    await userEvent.setup().click(screen.getByRole('button', { name: 'Delete the copy' }))
    expect(localStorage.getItem('de-trainer:backup')).toBeNull()
    expect(screen.queryByRole('heading', { name: 'Saved data that could not be read' })).toBeNull()
  })
})
