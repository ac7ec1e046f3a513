/**
 * A small scenario for component tests only: the real scenarios are large and written
 * elsewhere. Replaces `src/scenarios/index` through vi.mock in each test file.
 */
import { toExerciseId, toScenarioId } from '../../../src/engine/ids'
import type { Exercise, ModelExercise, Scenario, SqlExercise } from '../../../src/scenarios/types'

export const SQL_ID = 'fixture-shop/sql-top-customers'
export const PY_ID = 'fixture-shop/py-basket'

export const sqlExercise: SqlExercise = {
  id: toExerciseId(SQL_ID),
  kind: 'sql',
  title: 'Top customers by revenue',
  difficulty: 'medium',
  statement: 'Return `customer_id, revenue` for June.\n\n<script>alert(1)</script>\n\n| a | b |\n|---|---|\n| 1 | 2 |',
  hints: ['Start from the **orders** table.', 'Group by customer.', 'Sum the amounts.'],
  reference: 'SELECT customer_id, SUM(amount) AS revenue FROM orders GROUP BY customer_id',
  ordered: false,
  loadWrongAnswers: async () => [],
}

const pythonExercise: Exercise = {
  id: toExerciseId(PY_ID),
  kind: 'python',
  title: 'Basket processor',
  difficulty: 'hard',
  statement: 'Write a class.',
  hints: [],
  starterCode: 'class BasketProcessor:\n    pass\n',
  functionNames: ['BasketProcessor'],
  parameters: {},
  loadGrading: async () => ({ id: PY_ID, functionNames: ['BasketProcessor'], parameters: {}, cases: { visible: [], hidden: [], random: () => [] }, reference: () => [] }),
  loadWrongAnswers: async () => [],
}

export const MODEL_ID = 'fixture-shop/data-model'

export const modelExercise: ModelExercise = {
  id: toExerciseId(MODEL_ID),
  kind: 'model',
  title: 'Design the shop schema',
  difficulty: 'medium',
  statement: 'Design an order fact and a customer dimension.',
  hints: ['Start with the grain of each table.'],
  reference: 'CREATE TABLE fact_orders (order_id INT PRIMARY KEY, customer_id INT NOT NULL, amount DECIMAL(10,2));\nCREATE TABLE dim_customers (customer_id INT PRIMARY KEY);',
  // The component tests set the spec per case through fakeModel (a missing one fails to load, like a missing file).
  loadSpec: async () => {
    const { fakeModel } = await import('./fake-services')
    if (!fakeModel.spec) throw new Error('This exercise has no grading spec yet.')
    return fakeModel.spec
  },
  loadWrongAnswers: async () => [],
}

export const fixtureScenario: Scenario = {
  id: toScenarioId('fixture-shop'),
  title: 'Fixture Shop Orders',
  summary: 'A tiny shop used by the component tests.',
  story: '# The shop\n\nRevenue **fell** in June.',
  asOf: '2024-06-30',
  tables: [
    {
      name: 'orders',
      description: 'One row per order.',
      primaryKey: ['order_id'],
      columns: [
        { name: 'order_id', type: 'INTEGER', notNull: true, description: 'The order.' },
        { name: 'customer_id', type: 'INTEGER', description: 'Who ordered.' },
        { name: 'amount', type: 'REAL', description: 'Order total in EUR.' },
      ],
    },
    {
      // Text that holds JSON and long text, for the schema explorer's sample rows.
      name: 'customer_profiles',
      description: 'One row per customer.',
      primaryKey: ['customer_id'],
      columns: [
        { name: 'customer_id', type: 'INTEGER', notNull: true, description: 'The customer.' },
        { name: 'preferred_categories', type: 'TEXT', description: 'JSON array of category names.' },
        { name: 'settings', type: 'TEXT', description: 'Account settings.' },
        { name: 'bio', type: 'TEXT', description: 'What the customer wrote about themself.' },
      ],
    },
  ],
  variants: [
    { key: 'visible', seed: 1 },
    { key: 'hidden-1', seed: 2 },
  ],
  exercises: [sqlExercise, pythonExercise, modelExercise],
}

const secondScenario: Scenario = {
  ...fixtureScenario,
  id: toScenarioId('fixture-ads'),
  title: 'Fixture Ads Attribution',
  summary: 'A second scenario, so lists have more than one.',
  exercises: [],
}

export const scenarios: Scenario[] = [fixtureScenario, secondScenario]

export function findScenario(id: string): Scenario | undefined {
  return scenarios.find((s) => s.id === id)
}

export function findExercise(id: string): { scenario: Scenario; exercise: Exercise } | undefined {
  for (const scenario of scenarios) {
    const exercise = scenario.exercises.find((e) => e.id === id)
    if (exercise) return { scenario, exercise }
  }
  return undefined
}

export function allExercises(): Exercise[] {
  return scenarios.flatMap((s) => s.exercises)
}
