/**
 * The architecture, checked: which folder may import which (`npm run check:boundaries`, part
 * of `npm test`). Layers, lowest first: core -> engine, datasets -> scenarios, workers,
 * sandboxes -> grading -> store -> ui -> features -> app. cli is Node-only and may use all but
 * the browser layers. See docs/architecture.md.
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'engine-is-pure',
      comment: 'The engine is pure rules over data: no app, features, store, UI, sandboxes, workers, grading, scenarios or datasets.',
      severity: 'error',
      from: { path: '^src/engine/' },
      to: { path: '^src/(app|features|store|ui|sql-sandbox|python-sandbox|workers|grading|scenarios|datasets|cli)/' },
    },
    {
      name: 'engine-has-no-runtime',
      comment: 'The engine runs the same in a browser, a worker and Node: no React, zustand, sql.js, Pyodide or Node built-ins.',
      severity: 'error',
      from: { path: '^src/engine/' },
      to: { path: '(^|/)node_modules/(react|react-dom|zustand|sql\\.js|pyodide)/|^node:|^(fs|path|child_process|worker_threads)$', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'core-is-the-floor',
      comment: 'src/core (seeded random, value types) sits below everything and imports nothing of the project.',
      severity: 'error',
      from: { path: '^src/core/' },
      to: { path: '^src/(?!core/)' },
    },
    {
      name: 'datasets-and-engine-stay-apart',
      comment: 'The dataset generator core and the engine share only src/core.',
      severity: 'error',
      from: { path: '^src/datasets/' },
      to: { path: '^src/(engine|app|features|store|ui|grading|scenarios|cli)/' },
    },
    {
      name: 'scenarios-and-sandboxes-know-no-screens',
      comment: 'Scenario content and the sandboxes never import screens, the shell, the store or shared UI.',
      severity: 'error',
      from: { path: '^src/(scenarios|sql-sandbox|python-sandbox|workers|grading)/' },
      to: { path: '^src/(app|features|store|ui|cli)/' },
    },
    {
      name: 'store-knows-no-screens',
      comment: 'The store owns the work; screens read it. It never imports React components, features or the shell.',
      severity: 'error',
      from: { path: '^src/store/' },
      to: { path: '^src/(app|features|ui|cli)/' },
    },
    {
      name: 'ui-is-shared',
      comment: 'Shared UI serves features; it imports no feature and not the shell.',
      severity: 'error',
      from: { path: '^src/ui/' },
      to: { path: '^src/(app|features|cli)/' },
    },
    {
      name: 'features-do-not-import-the-shell',
      severity: 'error',
      from: { path: '^src/features/' },
      to: { path: '^src/(app|cli)/' },
    },
    {
      name: 'features-are-independent',
      comment: 'One feature never imports another (catalog, exercise, ...).',
      severity: 'error',
      from: { path: '^src/features/([^/]+)/' },
      to: { path: '^src/features/([^/]+)/', pathNot: '^src/features/$1/' },
    },
    {
      name: 'exercise-kinds-are-independent',
      comment: "One exercise kind's folder (sql, python, model, product) never imports another's; what they share lives in exercise/shared.",
      severity: 'error',
      from: { path: '^src/features/exercise/(sql|python|model|product)/' },
      to: { path: '^src/features/exercise/(sql|python|model|product)/', pathNot: '^src/features/exercise/$1/' },
    },
    {
      name: 'exercise-shared-is-shared',
      severity: 'error',
      from: { path: '^src/features/exercise/shared/' },
      to: { path: '^src/features/exercise/(sql|python|model|product)/' },
    },
    {
      name: 'browser-code-is-not-node',
      comment: 'Only the Node tools (src/cli) and the Node hosts of the sandboxes may use Node built-ins.',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/(cli/|sql-sandbox/node/|python-sandbox/node/|python-sandbox/vite-plugin-pyodide|workers/thread-port)' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'no-circular',
      comment: 'No import cycles (type-only imports, which vanish at build time, aside).',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '\\.(css|md|sql|py|wasm)$' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    reporterOptions: { text: { highlightFocused: true } },
  },
}
