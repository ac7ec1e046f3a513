import { it } from 'vitest'
import { openPage, startApp } from './app'

it('shots', async () => {
  const app = await startApp()
  for (const colorScheme of ['light', 'dark'] as const) {
    const context = await app.browser.newContext({ colorScheme, viewport: { width: 1280, height: 900 } })
    const url = new URL(app.host.url)
    url.search = '?seconds-per-part=4'
    url.hash = '#/mock/pymk'
    const { page } = await openPage(context, url.toString())
    await page.getByRole('button', { name: 'Start the mock interview' }).waitFor()
    await page.screenshot({ path: `/tmp/shots/setup-${colorScheme}.png`, fullPage: true })
    await page.getByRole('group', { name: 'Part 1: Product sense' }).getByLabel('Seconds').fill('900')
    await page.getByRole('button', { name: 'Start the mock interview' }).click()
    await page.locator('.monaco-editor').first().waitFor({ timeout: 30000 })
    await page.waitForTimeout(1500)
    await page.screenshot({ path: `/tmp/shots/running-${colorScheme}.png` })
    await page.getByRole('button', { name: 'Submit', exact: true }).click()
    await page.getByRole('heading', { name: /Part 1 of 4 done/ }).waitFor({ timeout: 60000 })
    await page.screenshot({ path: `/tmp/shots/followups-${colorScheme}.png`, fullPage: true })
    for (const n of [2, 3, 4]) {
      await page.getByRole('button', { name: new RegExp(`^Start part ${n}`) }).click()
      if (n === 3) { await page.waitForTimeout(2500); await page.screenshot({ path: `/tmp/shots/running-low-${colorScheme}.png` }) }
      await page.getByRole('heading', { name: new RegExp(`Part ${n} of 4 done`) }).waitFor({ timeout: 120000 })
    }
    await page.getByRole('button', { name: 'See the report' }).click()
    await page.getByRole('heading', { name: 'Mock interview report' }).waitFor()
    await page.screenshot({ path: `/tmp/shots/report-${colorScheme}.png`, fullPage: true })
    await page.goto(app.host.url + '#/mock')
    await page.getByRole('heading', { name: 'Mock interview', exact: true }).waitFor()
    await page.screenshot({ path: `/tmp/shots/home-${colorScheme}.png`, fullPage: true })
    await context.close()
  }
  await app.close()
}, 900_000)
