#!/usr/bin/env node
// Runs one of the project's Node commands (src/cli/*.ts), rebuilding them first when any
// source is newer than the last build. Usage: node scripts/tool.mjs <name> [args...]
import { existsSync, readdirSync, statSync, renameSync, rmSync } from 'node:fs'
import { join, dirname } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const out = join(root, '.tools')
const [name, ...args] = process.argv.slice(2)
if (!name) {
  console.error('usage: node scripts/tool.mjs <grade|scenarios-check|bench|datasets|new-scenario> [args...]')
  process.exit(2)
}

function newestMtime(dir) {
  let newest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs)
  }
  return newest
}

function isStale() {
  const stamp = join(out, 'grade.mjs')
  if (!existsSync(stamp)) return true
  const built = statSync(stamp).mtimeMs
  const inputs = [join(root, 'vite.tools.config.ts'), join(root, 'package.json')]
  return newestMtime(join(root, 'src')) > built || inputs.some((f) => statSync(f).mtimeMs > built)
}

if (isStale()) {
  // Build into a private folder and swap it in, so two commands started at once never
  // see a half-written build.
  const tmp = `${out}.tmp-${process.pid}`
  const { build } = await import('vite')
  process.env.TOOLS_OUT_DIR = tmp
  try {
    await build({ configFile: join(root, 'vite.tools.config.ts'), root, logLevel: 'silent' })
  } catch (error) {
    rmSync(tmp, { recursive: true, force: true })
    console.error(`Could not build the project's commands (a source file does not compile):\n${error.message ?? error}`)
    process.exit(2)
  }
  rmSync(out, { recursive: true, force: true })
  try {
    renameSync(tmp, out)
  } catch {
    rmSync(tmp, { recursive: true, force: true }) // another process won the race; its build is as fresh
  }
}

const mod = await import(pathToFileURL(join(out, `${name}.mjs`)).href)
const code = await mod.main(args)
process.exitCode = typeof code === 'number' ? code : 0
