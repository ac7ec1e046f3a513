import { loadDatasets, readSqlFolder, runQuery, sameResult, sqlExercises } from './harness'

it('probe', async () => {
  const t0 = performance.now()
  const datasets = await loadDatasets()
  console.log('load ms', performance.now() - t0)
  for (const d of datasets) console.log(d.key, Object.fromEntries(Object.entries(d.data.tables).map(([k, v]) => [k, v.length])))
  for (const [slug, ex] of sqlExercises()) {
    for (const d of datasets) {
      const t = performance.now()
      const ref = runQuery(d.db, ex.reference)
      const ms = performance.now() - t
      const exp = ex.expected(d.data)
      console.log(slug, d.key, 'ms', ms.toFixed(1), 'rows', ref.rows.length, 'eq-ts', sameResult(ex, exp, ref))
      if (d.key === 'visible') console.log(JSON.stringify(ref.rows.slice(0, 40)))
      const kills = ex.wrongAnswers.map((w) => { try { return w.name + ':' + (sameResult(ex, ref, runQuery(d.db, w.sql)) ? 'SAME' : 'diff') } catch (e) { return w.name + ':ERR ' + (e as Error).message } })
      console.log('  wrong', kills.join(' '))
      for (const folder of ['alternatives', 'mistakes']) {
        const r = readSqlFolder(folder, slug).map((f) => { const t2 = performance.now(); try { const res = runQuery(d.db, f.sql); return f.name + ':' + (sameResult(ex, ref, res) ? 'SAME' : 'diff') + ':' + (performance.now() - t2).toFixed(0) } catch (e) { return f.name + ':ERR ' + (e as Error).message } })
        console.log('  ' + folder, r.join(' '))
      }
    }
  }
}, 600_000)
