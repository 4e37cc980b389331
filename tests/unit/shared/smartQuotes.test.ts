import { describe, expect, it } from 'vitest'
import { smartenText, smartQuote } from '../../../src/shared/typography/smartQuotes'

describe('smart quotes', () => {
  it('opens after nothing, a space or an opening bracket, and closes after words', () => {
    expect(smartenText(`"We won," she said. (He said "no.")`, 'en')).toBe('“We won,” she said. (He said “no.”)')
    expect(smartenText(`He called it 'a farce.'`, 'en')).toBe('He called it ‘a farce.’')
  })

  it('makes an apostrophe of a single straight mark after a letter, in any language', () => {
    expect(smartenText(`Russia's envoy didn't say`, 'en')).toBe('Russia’s envoy didn’t say')
    expect(smartenText(`l'homme`, 'fr')).toBe('l’homme')
  })

  it('follows the story’s language', () => {
    expect(smartenText(`"Nein," sagte er.`, 'de')).toBe('„Nein,“ sagte er.')
    expect(smartenText(`"Non," dit-il.`, 'fr-FR')).toBe('«Non,» dit-il.')
    expect(smartenText(`"Нет," сказал он.`, 'ru')).toBe('«Нет,» сказал он.')
    expect(smartenText(`"Hi," he said.`, 'xx')).toBe('“Hi,” he said.')
  })

  it('reads what came before the mark (the rest of the paragraph), as typing does', () => {
    expect(smartQuote('"', 'He said ', 'en')).toBe('“')
    expect(smartQuote('"', 'He said “no.', 'en')).toBe('”')
    expect(smartQuote("'", '', 'en')).toBe('‘')
  })
})
