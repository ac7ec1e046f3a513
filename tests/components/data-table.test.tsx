import { render, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { DataTable, type RowMark } from '../../src/ui/data-table'

const MISSING: RowMark = { label: 'missing', symbol: '−', className: 'row-missing' }
const LONG = 'A sentence long enough that a cell cuts it, with the rest kept for screen readers.'

const cellsOf = (table: HTMLElement, row: number) => [...within(table).getAllByRole('row')[row].querySelectorAll('td')]

describe('DataTable', () => {
  it('names the table by its label when it has no caption, and by the caption when it has one', () => {
    render(
      <>
        <DataTable label="Query results" columns={['a']} rows={[[1]]} />
        <DataTable label="Expected, 1 row" caption="Expected, 1 row" columns={['a']} rows={[[1]]} />
      </>,
    )
    expect(screen.getByRole('region', { name: 'Query results' })).toContainElement(screen.getByRole('table', { name: 'Query results' }))
    const captioned = screen.getByRole('table', { name: 'Expected, 1 row' })
    expect(captioned).not.toHaveAttribute('aria-label')
    expect(captioned.querySelector('caption')).toHaveTextContent('Expected, 1 row')
    for (const header of screen.getAllByRole('columnheader')) expect(header).toHaveAttribute('scope', 'col')
  })

  it('marks NULL so it never reads as the text "NULL", and aligns numbers right', () => {
    render(<DataTable label="Query results" columns={['id', 'note']} rows={[[7, null], [2.5, 'NULL']]} />)
    const table = screen.getByRole('table')
    const [id, missing] = cellsOf(table, 1)
    expect(id).toHaveClass('cell-number')
    expect(missing).toHaveClass('cell-null')
    expect(within(missing).getByText('NULL')).toHaveClass('null')
    const [decimal, text] = cellsOf(table, 2)
    expect(decimal).toHaveTextContent('2.5')
    expect(decimal).toHaveClass('cell-number')
    expect(text).not.toHaveClass('cell-null')
    expect(text.querySelector('.null')).toBeNull()
  })

  it('shows text exactly as returned unless asked to make it readable', () => {
    const rows = [['["comedy","sports"]', LONG]]
    const { unmount } = render(<DataTable label="exact" columns={['tags', 'bio']} rows={rows} />)
    const [tags, bio] = cellsOf(screen.getByRole('table'), 1)
    expect(tags).toHaveTextContent(/^\["comedy","sports"\]$/)
    expect(bio).toHaveTextContent(LONG)
    expect(bio.querySelector('[title]')).toBeNull()
    unmount()

    render(<DataTable label="readable" columns={['tags', 'bio']} rows={rows} formats={['readable', 'readable']} />)
    const [readableTags, readableBio] = cellsOf(screen.getByRole('table'), 1)
    expect(within(readableTags).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['comedy', 'sports'])
    expect(within(readableBio).getByTitle(LONG)).toHaveTextContent(LONG) // screen readers still get every word
    expect(within(readableBio).getByText('…')).toHaveAttribute('aria-hidden', 'true')
  })

  it('parses JSON scalars only in a column known to hold JSON', () => {
    render(<DataTable label="samples" columns={['a', 'b']} rows={[['"abc"', '"abc"']]} formats={['json', 'readable']} />)
    const [known, guessed] = cellsOf(screen.getByRole('table'), 1)
    expect(known).toHaveClass('cell-json')
    expect(guessed).not.toHaveClass('cell-json')
  })

  it('labels marked rows in words, with a status column named for screen readers', () => {
    render(<DataTable label="Expected" caption="Expected" columns={['id']} rows={[[1], [2]]} markRow={(r) => (r === 1 ? MISSING : undefined)} />)
    const table = screen.getByRole('table')
    expect(within(table).getByRole('columnheader', { name: 'Row status' })).toBeInTheDocument()
    const marked = within(table).getByText('missing').closest('tr')!
    expect(marked).toHaveClass('row-missing')
    expect(within(marked).getByText('2')).toBeInTheDocument()
    expect(within(table).getAllByText('missing')).toHaveLength(1)
    expect(within(table).getAllByRole('row')[1]).not.toHaveAttribute('class')
  })

  it('renders at most maxRows and says how many were left out', () => {
    const rows = Array.from({ length: 5 }, (_, i) => [i])
    render(<DataTable label="Your result" columns={['n']} rows={rows} maxRows={3} />)
    expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(4)
    expect(screen.getByText('First 3 of 5 rows shown.')).toBeInTheDocument()
  })

  it('says so when there are no rows, and adds no note when all rows fit', () => {
    render(<DataTable label="Query results" columns={['n']} rows={[]} maxRows={3} emptyNote="The query returned no rows." />)
    expect(within(screen.getByRole('region')).getByText('The query returned no rows.')).toBeInTheDocument()
    expect(screen.queryByText(/shown\.$/)).toBeNull()
  })
})
