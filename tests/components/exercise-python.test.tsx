import { act, fireEvent, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { PythonCase } from '../../src/engine/python/types'
import type { Grade } from '../../src/engine/types'
import { resetAppStore, useAppStore } from '../../src/store'
import { fakePython, resetFakes } from './support/fake-services'
import { PY_ID } from './support/fixture-scenario'
import { openExercise } from './support/render-app'

vi.mock('../../src/scenarios/index', async () => await import('./support/fixture-scenario'))
vi.mock('../../src/store/services', async () => ({ services: (await import('./support/fake-services')).fakeServices }))
vi.mock('../../src/features/exercise/shared/editor/monaco-answer', async () => await import('./support/fake-monaco'))

const STARTER = 'class BasketProcessor:\n    pass\n'
const LOADING = 'Starting Python… (the first time takes a few seconds)'

beforeEach(() => {
  resetAppStore()
  resetFakes()
})

const cases: PythonCase[] = [
  {
    id: 'v1',
    label: 'two apples then a pear',
    visibility: 'visible',
    steps: [
      { kind: 'construct', class: 'BasketProcessor', args: [] },
      { kind: 'method', method: 'add_item', args: ['apple', 2] },
      { kind: 'method', method: 'summary', args: [] },
    ],
  },
  {
    id: 'v2',
    label: 'an unknown item',
    visibility: 'visible',
    steps: [
      { kind: 'construct', class: 'BasketProcessor', args: [] },
      { kind: 'method', method: 'remove_item', args: ['kiwi'] },
      { kind: 'method', method: 'summary', args: [] },
    ],
  },
]

const button = (name: string) => screen.getByRole('button', { name }) as HTMLButtonElement
const readyToRun = () => waitFor(() => expect(button('Run').disabled).toBe(false))

describe('Python exercise page', () => {
  it('starts with the starter code and shows the loading state until Python is ready', async () => {
    fakePython.holdStart = true
    await openExercise(PY_ID)
    expect(screen.getByRole('textbox', { name: 'Answer' })).toHaveValue(STARTER)
    await screen.findByText(LOADING, { exact: false })
    expect(button('Run').disabled).toBe(true)
    expect(button('Submit').disabled).toBe(true)
    expect(screen.queryByText(/later release/)).toBeNull()

    act(() => fakePython.releaseStart())
    await readyToRun()
    expect(button('Submit').disabled).toBe(false)
    expect(screen.queryByText(LOADING, { exact: false })).toBeNull()
    // StrictMode mounts twice: one shared sandbox, not two.
    expect(fakePython.created).toBe(1)
  })

  it('Run shows each visible case: its calls, returned values as Python prints them, the exception and the printed output', async () => {
    fakePython.runVisible.mockResolvedValue({
      cases,
      outcome: {
        ok: true,
        elapsedMs: 12,
        runs: [
          {
            caseId: 'v1',
            steps: [{ ok: true, value: null }, { ok: true, value: null }, { ok: true, value: { items: { apple: 2 }, total: 3, rate: '<float 1.0>', ok: true } }],
            stdout: 'adding apple\n',
          },
          {
            caseId: 'v2',
            steps: [{ ok: true, value: null }, { ok: false, error: { type: 'KeyError', message: "'kiwi'", line: 7 } }],
            stdout: '',
          },
        ],
      },
    })
    await openExercise(PY_ID)
    await readyToRun()
    await userEvent.setup().click(button('Run'))

    const first = await screen.findByRole('listitem', { name: 'Case: two apples then a pear' })
    expect(within(first).getByText("obj.add_item('apple', 2)")).toBeInTheDocument()
    expect(within(first).getByText('obj.summary()')).toBeInTheDocument()
    // Python's own notation: quotes, True, and a whole float (sent as a marker) as 1.0.
    const value = within(first).getByText(/'total': 3/)
    expect(value.textContent).toBe("{'items': {'apple': 2}, 'total': 3, 'rate': 1.0, 'ok': True}")
    expect(within(first).getByText('adding apple', { exact: false })).toBeInTheDocument()

    // A call that returns None is said in words, not printed as JSON null.
    expect(within(first).getAllByText('Returned nothing (None)')).toHaveLength(1)
    expect(first.textContent).not.toContain('null')

    const second = screen.getByRole('listitem', { name: 'Case: an unknown item' })
    expect(second).toHaveTextContent("Raised KeyError: 'kiwi' (line 7)")
    expect(within(second).getByText(/Not reached/)).toBeInTheDocument()
    expect(screen.getByText('2 cases run in 12 ms')).toBeInTheDocument()
    expect(fakePython.runVisible).toHaveBeenCalledWith(expect.objectContaining({ id: PY_ID }), STARTER)
    // Run never grades.
    expect(fakePython.grade).not.toHaveBeenCalled()
    expect(screen.getByRole('status').textContent).toBe('')
  })

  it('Submit shows Accepted in the status, marks the exercise Solved, and offers no reference answer', async () => {
    await openExercise(PY_ID)
    await readyToRun()
    const user = userEvent.setup()
    const editor = screen.getByRole('textbox', { name: 'Answer' })
    await user.clear(editor)
    await user.type(editor, 'class BasketProcessor: ...')
    await user.click(button('Submit'))
    const status = screen.getByRole('status')
    await waitFor(() => expect(status.textContent).toMatch(/^Accepted/))
    expect(fakePython.grade).toHaveBeenCalledWith(expect.objectContaining({ id: PY_ID }), 'class BasketProcessor: ...')
    expect(screen.getByText('Solved')).toBeInTheDocument()
    expect(useAppStore.getState().solved[PY_ID]).toBeDefined()
    expect(useAppStore.getState().attempts[PY_ID]).toBe(1)
    expect(screen.queryByRole('button', { name: 'Show the reference answer' })).toBeNull()
    expect(screen.queryByText(/Unlocks after your first Submit/)).toBeNull()
  })

  it('Submit shows Rejected with the feedback list, and the exercise stays unsolved', async () => {
    const rejected: Grade = {
      verdict: 'rejected',
      score: 40,
      checks: [],
      feedback: ['It fails example case 2, "an unknown item".', "Your code raised KeyError: 'kiwi' (line 7)."],
    }
    fakePython.grade.mockResolvedValue(rejected)
    await openExercise(PY_ID)
    await readyToRun()
    // Ctrl+Shift+Enter in the editor submits.
    fireEvent.keyDown(screen.getByRole('textbox', { name: 'Answer' }), { key: 'Enter', ctrlKey: true, shiftKey: true })
    const status = screen.getByRole('status')
    await waitFor(() => expect(status.textContent).toMatch(/^Rejected/))
    expect(within(status).getAllByRole('listitem').map((li) => li.textContent)).toEqual(rejected.feedback)
    expect(screen.queryByText('Solved')).toBeNull()
  })

  it('Submit shows the failing case as code to copy and run', async () => {
    const snippet = "obj = BasketProcessor()\nobj.add_item('kiwi', 1)\nprint(obj.summary())"
    fakePython.grade.mockResolvedValue({ verdict: 'rejected', score: 40, checks: [], feedback: ['It fails visible case 2, "an unknown item".'], snippet })
    await openExercise(PY_ID)
    await readyToRun()
    const user = userEvent.setup()
    // After setup, which installs its own clipboard stub.
    const writeText = vi.fn(async () => {})
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true })
    await user.click(button('Submit'))
    const status = screen.getByRole('status')
    await waitFor(() => expect(status.textContent).toMatch(/^Rejected/))
    expect(status.querySelector('pre code')?.textContent).toBe(snippet)
    await user.click(within(status).getByRole('button', { name: 'Copy the case' }))
    expect(writeText).toHaveBeenCalledWith(snippet)
    await waitFor(() => expect(within(status).getByRole('button', { name: 'Copied' })).toBeInTheDocument())
  })

  it('a timed-out Run says so, waits while Python restarts, and the next Run works', async () => {
    fakePython.runVisible.mockResolvedValueOnce({
      cases,
      outcome: { ok: false, failure: { kind: 'timeout', message: 'Your code ran for more than 5 seconds and was stopped.' } },
    })
    await openExercise(PY_ID)
    await readyToRun()
    // Ctrl+Enter in the editor runs.
    fireEvent.keyDown(screen.getByRole('textbox', { name: 'Answer' }), { key: 'Enter', ctrlKey: true })
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Timed out: your code ran past the time limit and was stopped.')
    expect(alert).toHaveTextContent('more than 5 seconds')

    // The sandbox restarts its worker after a timeout.
    act(() => fakePython.setStatus('loading'))
    expect(button('Run').disabled).toBe(true)
    expect(screen.getByText(LOADING, { exact: false })).toBeInTheDocument()
    act(() => fakePython.setStatus('ready'))
    await readyToRun()

    fakePython.runVisible.mockResolvedValueOnce({
      cases: cases.slice(0, 1),
      outcome: { ok: true, elapsedMs: 3, runs: [{ caseId: 'v1', steps: [{ ok: true, value: null }, { ok: true, value: null }, { ok: true, value: [] }], stdout: '' }] },
    })
    await userEvent.setup().click(button('Run'))
    await screen.findByRole('listitem', { name: 'Case: two apples then a pear' })
    expect(screen.queryByRole('alert')).toBeNull()
  })

  it('a timed-out Submit is Rejected with the time-limit message', async () => {
    fakePython.grade.mockResolvedValue({
      verdict: 'rejected',
      score: 0,
      checks: [],
      feedback: ['Your code ran past the time limit (5 seconds) and was stopped, so no case could be checked.'],
    })
    await openExercise(PY_ID)
    await readyToRun()
    await userEvent.setup().click(button('Submit'))
    const status = screen.getByRole('status')
    await waitFor(() => expect(status.textContent).toMatch(/^Rejected.*time limit/))
  })

  it('Reset puts the starter code back', async () => {
    await openExercise(PY_ID)
    const user = userEvent.setup()
    const editor = screen.getByRole('textbox', { name: 'Answer' })
    await user.clear(editor)
    await user.type(editor, 'x = 1')
    expect(useAppStore.getState().drafts[PY_ID]).toBe('x = 1')
    await user.click(button('Reset to starter code'))
    expect(screen.getByRole('textbox', { name: 'Answer' })).toHaveValue(STARTER)
  })
})
