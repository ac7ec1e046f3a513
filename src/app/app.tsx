import { lazy, Suspense } from 'react'
import { HomePage } from '../features/catalog/home-page'
import { Layout } from './layout'
import { NotFoundPage } from './not-found-page'
import { useRoute, type Route } from '../ui/router'

const ScenarioRoute = lazy(() => import('./routes/scenario-route'))
const ExerciseRoute = lazy(() => import('./routes/exercise-route'))
const ProgressPage = lazy(() => import('../features/progress/progress-page'))
const MockRoute = lazy(() => import('./routes/mock-route'))
const MockHomePage = lazy(() => import('./routes/mock-route').then((m) => ({ default: m.MockHomePage })))
const MockReportPage = lazy(() => import('./routes/mock-route').then((m) => ({ default: m.MockReportPage })))

/** Starts loading a route's chunks before React asks for them (called once at startup). */
export function preloadRoute(route: Route): void {
  if (route.name === 'exercise') {
    // Monaco is fetched by index.html's preload and evaluated once the page has painted (answer-editor.tsx).
    void import('./routes/exercise-route')
  } else if (route.name === 'scenario') {
    void import('./routes/scenario-route')
  } else if (route.name === 'progress') {
    void import('../features/progress/progress-page')
  } else if (route.name === 'mock' || route.name === 'mock-home' || route.name === 'mock-report') {
    void import('./routes/mock-route')
  }
}

function Page({ route }: { route: Route }) {
  switch (route.name) {
    case 'home':
      return <HomePage />
    case 'scenario':
      return <ScenarioRoute scenarioId={route.scenarioId} />
    case 'exercise':
      return <ExerciseRoute exerciseId={route.exerciseId} />
    case 'progress':
      return <ProgressPage />
    case 'mock-home':
      return <MockHomePage />
    case 'mock':
      return <MockRoute scope={route.scope} />
    case 'mock-report':
      return <MockReportPage loopId={route.loopId} />
    case 'not-found':
      return <NotFoundPage />
  }
}

export function App() {
  const route = useRoute()
  return (
    <Layout>
      <Suspense fallback={<p className="muted page-loading">Loading…</p>}>
        <Page route={route} />
      </Suspense>
    </Layout>
  )
}
