import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { ErSchema, ModelGrade, ModelSpec, SchemaSnapshot } from '../../src/engine/schema/types'
import { gradeDataModel } from '../../src/engine/schema/grade-data-model'
import { matchEntities } from '../../src/engine/schema/match-entities'
import { resetAppStore, useAppStore } from '../../src/store'
import { fakeModel, resetFakes } from './support/fake-services'
import { MODEL_ID } from './support/fixture-scenario'
import { openExercise } from './support/render-app'

vi.mock('../../src/scenarios/index', async () => await import('./support/fixture-scenario'))
vi.mock('../../src/store/services', async () => ({ services: (await import('./support/fake-services')).fakeServices }))
vi.mock('../../src/features/exercise/shared/editor/monaco-answer', async () => await import('./support/fake-monaco'))

beforeEach(() => {
  resetAppStore()
  resetFakes()
})

const answerSchema: ErSchema = {
  tables: [{ name: 'orders', columns: [{ name: 'order_id', type: 'INT', primaryKey: true, foreignKey: false }] }],
  edges: [],
}
const referenceSchema: ErSchema = {
  tables: [
    { name: 'fact_orders', role: 'order fact', kind: 'fact', columns: [{ name: 'order_id', type: 'INT', primaryKey: true, foreignKey: false }] },
    { name: 'dim_customers', role: 'customer dimension', kind: 'dimension', missing: true, columns: [{ name: 'customer_id', type: 'INT', primaryKey: true, foreignKey: false }] },
  ],
  edges: [],
}
const rejected: ModelGrade = {
  verdict: 'rejected',
  score: 40,
  checks: [
    { id: 'entity:order-fact', status: 'pass', message: 'Order fact: orders.', weight: 12.5, required: true },
    { id: 'entity:customer-dimension', status: 'fail', message: 'No table is the customer dimension (one row per customer).', fix: 'Add a customer dimension keyed on customer_id, for example dim_customers.', weight: 12.5, required: true },
    { id: 'grain:order-fact', status: 'pass', message: 'orders keeps one row per order_id.', weight: 25, required: true },
  ],
  feedback: ['No table is the customer dimension (one row per customer).'],
  questions: [
    { id: 'revenue', label: 'Revenue per customer', answerable: false, reason: 'no such column: customer_id' },
    { id: 'orders', label: 'Orders per day', answerable: true },
  ],
  diagrams: { answer: answerSchema, reference: referenceSchema },
}

const button = (name: string) => screen.getByRole('button', { name }) as HTMLButtonElement

describe('data-model exercise page', () => {
  it('Run draws the answer; Submit lists every check, the questions, and both diagrams with the missing table marked', async () => {
    fakeModel.describe.mockResolvedValue({ ok: true, snapshot: { tables: [] }, ddl: { sql: '', tables: [], notes: ['Read "orders (" as "CREATE TABLE orders (".'] }, diagram: answerSchema, elapsedMs: 3 })
    fakeModel.grade.mockResolvedValue(rejected)
    await openExercise(MODEL_ID)
    await waitFor(() => expect(button('Run').disabled).toBe(false))
    await userEvent.type(screen.getByRole('textbox', { name: 'Answer' }), 'orders (order_id INT PRIMARY KEY)')

    await userEvent.click(button('Run'))
    const drawn = await screen.findByRole('figure', { name: 'Your schema' })
    expect(drawn.querySelector('[data-table="orders"]')).not.toBeNull()
    expect(screen.getByText('Read "orders (" as "CREATE TABLE orders (".')).toBeInTheDocument()
    expect(fakeModel.describe).toHaveBeenCalledWith('orders (order_id INT PRIMARY KEY)')

    await userEvent.click(button('Submit'))
    const status = await screen.findByRole('status')
    await waitFor(() => expect(status.textContent).toMatch(/^Rejected/))
    expect(fakeModel.grade.mock.calls[0][0]).toMatchObject({ answer: 'orders (order_id INT PRIMARY KEY)', reference: expect.stringContaining('fact_orders') })
    const tables = screen.getByRole('region', { name: 'Checks: Tables' })
    expect(within(tables).getByText(/No table is the customer dimension/)).toBeInTheDocument()
    expect(within(tables).getAllByText(/required/)).toHaveLength(2)
    const questions = screen.getByRole('region', { name: 'Questions your schema can answer' })
    expect(questions.textContent).toContain('1 of 2')
    expect(questions.textContent).toContain('no such column: customer_id')
    const reference = screen.getByRole('figure', { name: 'Reference schema' })
    expect(reference.querySelector('[data-table="dim_customers"][data-missing="true"]')).not.toBeNull()
    expect(useAppStore.getState().solved[MODEL_ID]).toBeUndefined()
    expect(useAppStore.getState().attempts[MODEL_ID]).toBe(1)
  })

  it('tiered hints: the first Submit names the symptom only; the fix comes on request or when the same failure comes back', async () => {
    // A real grade from the engine, for a design that lacks the spec's customer dimension.
    const spec: ModelSpec = {
      id: 'test/data-model',
      passMark: 70,
      synonyms: {},
      questions: [],
      entities: [
        { role: 'order-fact', label: 'order fact', kind: 'fact', reference: 'fact_orders', nameHints: [['order']], grain: [['order_id']], grainLabel: 'one row per order', measures: [], references: [], required: true },
        { role: 'customer-dimension', label: 'customer dimension', kind: 'dimension', reference: 'dim_customers', nameHints: [['customer']], grain: [['customer_id']], grainLabel: 'one row per customer', measures: [], references: [], required: true },
      ],
    }
    const answer: SchemaSnapshot = {
      tables: ['orders', 'shipments'].map((name) => {
        const key = `${name.slice(0, -1)}_id`
        return { name, columns: [{ name: key, type: 'INT', notNull: true, primaryKey: true }], primaryKey: [key], uniqueKeys: [], partitionBy: [], indexes: [] }
      }),
    }
    const grade = gradeDataModel({ spec, answer, reference: answer, matches: matchEntities(spec, answer), questions: [], outcomes: new Map() })
    expect(grade.diagnosis).toMatchObject({ source: 'check', fix: 'Add a customer dimension keyed on customer_id, for example dim_customers.' })
    fakeModel.grade.mockResolvedValue(grade)
    await openExercise(MODEL_ID)
    await waitFor(() => expect(button('Submit').disabled).toBe(false))
    await userEvent.type(screen.getByRole('textbox', { name: 'Answer' }), 'CREATE TABLE orders (order_id INT PRIMARY KEY); CREATE TABLE shipments (shipment_id INT PRIMARY KEY)')

    await userEvent.click(button('Submit'))
    const status = await screen.findByRole('status')
    await waitFor(() => expect(status.textContent).toMatch(/^Rejected/))
    expect(status.textContent).toContain('No table is the customer dimension (one row per customer).')
    const checks = screen.getByRole('region', { name: 'Checks: Tables' })
    // The symptom, not the fix: no reference table named, no "Fix:" line yet.
    expect(status.textContent).not.toContain('dim_customers')
    expect(checks.textContent).not.toMatch(/dim_customers|Fix:/)
    expect(button('Show the hint')).toBeInTheDocument()

    // The same failure again: the hint shows by itself, in the verdict and beside its check.
    await userEvent.click(button('Submit'))
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('Hint: Add a customer dimension keyed on customer_id, for example dim_customers.'))
    expect(screen.getByRole('region', { name: 'Checks: Tables' }).textContent).toContain('Fix: Add a customer dimension keyed on customer_id, for example dim_customers.')
    expect(screen.queryByRole('button', { name: 'Show the hint' })).toBeNull()
  })

  it('"Show the hint" reveals a data model\'s fix after the first rejection', async () => {
    fakeModel.grade.mockResolvedValue({ ...rejected, diagnosis: { id: 'checks:entity:customer-dimension', source: 'check', concept: 'No table is the customer dimension.', fix: 'Add a customer dimension.' } })
    await openExercise(MODEL_ID)
    await waitFor(() => expect(button('Submit').disabled).toBe(false))
    await userEvent.click(button('Submit'))
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^Rejected/))
    expect(screen.getByRole('status').textContent).not.toContain('Add a customer dimension.')
    await userEvent.click(button('Show the hint'))
    expect(screen.getByRole('status').textContent).toContain('Hint: Add a customer dimension.')
  })

  it('an accepted design marks the exercise Solved; a DDL error shows its line', async () => {
    fakeModel.grade.mockResolvedValue({ ...rejected, verdict: 'accepted', score: 100, feedback: ['Every check passed.'] })
    fakeModel.describe.mockResolvedValue({ ok: false, failure: { kind: 'error', message: 'near ",": syntax error', line: 2 } })
    await openExercise(MODEL_ID)
    await waitFor(() => expect(button('Submit').disabled).toBe(false))
    await userEvent.click(button('Run'))
    expect((await screen.findByRole('alert')).textContent).toContain('Error on line 2')
    await userEvent.click(button('Submit'))
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^Accepted/))
    expect(useAppStore.getState().solved[MODEL_ID]).toBeDefined()
  })

  it('says so on Submit when the exercise has no spec, and keeps the page usable', async () => {
    fakeModel.spec = undefined
    fakeModel.describe.mockResolvedValue({ ok: false, failure: { kind: 'error', message: 'near "CREAT": syntax error', line: 1 } })
    await openExercise(MODEL_ID)
    await waitFor(() => expect(button('Submit').disabled).toBe(false))
    await userEvent.click(button('Submit'))
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/Could not grade: This exercise has no grading spec yet/))
    await userEvent.click(button('Run'))
    expect(await screen.findByText(/syntax error/)).toBeInTheDocument()
  })
})
