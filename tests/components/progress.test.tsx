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
  it('summarises each scenario by part: solved, Submits, time spent and the current streak', async () => {
    seedProgress()
    const at = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString()
    useAppStore.setState({
      timeSpent: { [SQL_ID]: 25 * 60, [PY_ID]: 30 },
      activity: [
        { at: at(30), exerciseId: SQL_ID, verdict: 'rejected', mistakes: [] },
        { at: at(20), exerciseId: SQL_ID, verdict: 'accepted', mistakes: [] },
        { at: at(10), exerciseId: SQL_ID, verdict: 'accepted', mistakes: [] },
      ],
    })
    renderApp('#/progress')
    const table = await screen.findByRole('table', { name: 'Progress in Fixture Shop Orders' })
    const cells = (part: string) => within(within(table).getByRole('row', { name: new RegExp(`^${part}`) })).getAllByRole('cell').map((c) => c.textContent)
    expect(within(table).getAllByRole('rowheader').map((h) => h.textContent)).toEqual(['Data model', 'SQL', 'Python'])
    expect(cells('SQL')).toEqual(['1 of 1', '2', '25 min', '2'])
    expect(cells('Python')).toEqual(['0 of 1', '1', 'under 1 min', '—'])
    expect(cells('Data model')).toEqual(['0 of 1', '0', '—', '—'])
    expect(screen.getByText('No exercises yet.')).toBeInTheDocument()
    expect(screen.getByText(/1 exercise of 3 solved · 3 Submits in the last 30 days · practised 1 day in a row/)).toBeInTheDocument()
  })

  it('charts the activity of the last 30 days and the mistakes made most often, each with the same numbers as a table', async () => {
    const day = 24 * 60 * 60 * 1000
    const at = (daysAgo: number) => new Date(Date.now() - daysAgo * day).toISOString()
    const mau = { id: 'mistake:mau-counts-user-days', label: 'your MAU counts user-days, not distinct users: someone active on 20 days counts 20 times' }
    const join = { id: 'pattern:inner-join', label: 'an inner join drops the days without sessions.' }
    useAppStore.setState({
      activity: [
        { at: at(40), exerciseId: SQL_ID, verdict: 'rejected', mistakes: [join] },
        { at: at(3), exerciseId: SQL_ID, verdict: 'rejected', mistakes: [mau] },
        { at: at(3), exerciseId: SQL_ID, verdict: 'rejected', mistakes: [mau] },
        { at: at(2), exerciseId: SQL_ID, verdict: 'rejected', mistakes: [mau] },
        { at: at(0), exerciseId: SQL_ID, verdict: 'accepted', mistakes: [] },
      ],
    })
    renderApp('#/progress')
    const activity = await screen.findByRole('img', { name: 'Submits per day, last 30 days' })
    expect(activity).toHaveAccessibleDescription(/^4 Submits on 3 of the last 30 days, 1 accepted\. Busiest day: .+ with 2\.$/)
    const activityTable = screen.getByRole('table', { name: /Submits per day/ })
    expect(within(activityTable).getAllByRole('row').slice(1).map((r) => within(r).getAllByRole('cell').map((c) => c.textContent))).toEqual([
      ['0', '2'],
      ['0', '1'],
      ['1', '0'],
    ])

    const mistakes = screen.getByRole('img', { name: 'Mistakes made most often' })
    expect(mistakes).toHaveAccessibleDescription(
      'Your MAU counts user-days, in Top customers by revenue (Fixture Shop Orders): 3 times. An inner join drops the days without sessions, in Top customers by revenue (Fixture Shop Orders): 1 time.',
    )
    const rows = within(screen.getByRole('table', { name: /Mistakes made most often/ })).getAllByRole('row').slice(1)
    expect(within(rows[0]).getByRole('rowheader')).toHaveTextContent(mau.label)
    expect(within(rows[0]).getAllByRole('cell')[1]).toHaveTextContent('3')
  })

  it('says so when there is nothing to chart yet', async () => {
    renderApp('#/progress')
    expect(await screen.findByText(/No Submits in the last 30 days yet/)).toBeInTheDocument()
    expect(screen.getByText(/No named mistakes yet/)).toBeInTheDocument()
    expect(screen.queryByRole('img')).toBeNull()
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
    expect(file).toMatchObject({ format: EXPORT_FORMAT, version: 4 })
    expect(file.state).toEqual({
      solved: useAppStore.getState().solved,
      attempts: { [SQL_ID]: 2, [PY_ID]: 1 },
      drafts: { [PY_ID]: 'class BasketProcessor: ...' },
      selfRatings: { 'fixture-shop/product-sense': { metrics: 'strong' } },
      ratingHistory: {},
      followUpNotes: { 'fixture-shop/late-data': 'Re-run the last three days' },
      followUpRatings: { 'fixture-shop/late-data': 'weak' },
      reviews: { 'follow-up:fixture-shop/late-data': expect.objectContaining({ kind: 'follow-up', step: 0 }) },
      activity: [],
      timeSpent: {},
      mockLoops: {},
    })
    expect(screen.getByRole('status')).toHaveTextContent(/^Exported/)
  })

  it('imports an export from another machine after showing what it holds, replacing the data here', async () => {
    seedProgress()
    const exported = exportProgress(undefined, new Date('2024-06-01T10:00:00Z'))
    resetAppStore()
    useAppStore.getState().setDraft(SQL_ID, 'SELECT "this machine"')
    renderApp('#/progress')
    await screen.findByRole('heading', { name: 'Progress' })
    await importFile(jsonFile(exported))
    const confirm = await screen.findByRole('group', { name: 'Replace your data with export.json?' })
    expect(within(confirm).getByRole('heading')).toHaveFocus()
    expect(confirm).toHaveTextContent(`This export was made on ${new Date('2024-06-01T10:00:00Z').toLocaleString()}`)
    const counts = (what: string) => within(within(confirm).getByRole('row', { name: new RegExp(`^${what}`) })).getAllByRole('cell').map((c) => c.textContent)
    expect(counts('Exercises solved')).toEqual(['1', '0'])
    expect(counts('Submits')).toEqual(['3', '0'])
    expect(counts('Drafts')).toEqual(['1', '1'])
    expect(counts('Review queue items')).toEqual(['1', '0'])
    expect(useAppStore.getState().drafts, 'nothing changes before the confirmation').toEqual({ [SQL_ID]: 'SELECT "this machine"' })

    await userEvent.setup().click(within(confirm).getByRole('button', { name: 'Replace my data' }))
    expect(await screen.findByRole('status')).toHaveTextContent(/^Imported export\.json/)
    expect(screen.getByRole('button', { name: 'Import progress…' })).toHaveFocus()
    const state = useAppStore.getState()
    expect(state.solved[SQL_ID]).toBeDefined()
    expect(state.drafts).toEqual({ [PY_ID]: 'class BasketProcessor: ...' })
    expect(state.followUpRatings).toEqual({ 'fixture-shop/late-data': 'weak' })
    expect(JSON.parse(localStorage.getItem(KEY)!).state.followUpNotes).toEqual({ 'fixture-shop/late-data': 'Re-run the last three days' })
    const row = within(screen.getByRole('table', { name: 'Progress in Fixture Shop Orders' })).getByRole('row', { name: /^SQL/ })
    expect(within(row).getAllByRole('cell')[0]).toHaveTextContent('1 of 1')
  })

  it('changes nothing when the import is cancelled', async () => {
    seedProgress()
    const exported = exportProgress()
    resetAppStore()
    useAppStore.getState().setDraft(SQL_ID, 'SELECT "this machine"')
    const stored = localStorage.getItem(KEY)
    renderApp('#/progress')
    await screen.findByRole('heading', { name: 'Progress' })
    await importFile(jsonFile(exported))
    const confirm = await screen.findByRole('group', { name: /^Replace your data/ })
    await userEvent.setup().click(within(confirm).getByRole('button', { name: 'Cancel' }))
    expect(screen.getByRole('status')).toHaveTextContent('Import of export.json cancelled. Nothing was changed.')
    expect(screen.queryByRole('group', { name: /^Replace your data/ })).toBeNull()
    expect(useAppStore.getState().drafts).toEqual({ [SQL_ID]: 'SELECT "this machine"' })
    expect(useAppStore.getState().solved).toEqual({})
    expect(localStorage.getItem(KEY)).toBe(stored)
  })

  it('imports an export of an older version (v2, no follow-ups yet)', async () => {
    renderApp('#/progress')
    await screen.findByRole('heading', { name: 'Progress' })
    await importFile(jsonFile({ format: EXPORT_FORMAT, version: 2, exportedAt: '2024-06-01T00:00:00Z', state: { solved: { [SQL_ID]: { at: '2024-06-01T00:00:00Z' } } } }))
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Replace my data' }))
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
      /newer version of the trainer \(data version 99; this one reads up to 4\)/,
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
    expect(screen.queryByRole('button', { name: 'Replace my data' })).toBeNull()
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
