import JSZip from 'jszip'
import mammoth from 'mammoth'
import yauzl, { type Entry, type ZipFile } from 'yauzl'

/**
 * The most a Word document's XML parts may unpack to, together. Mammoth takes 3-4 s and 330 MB for 1 MB of the
 * densest XML (27,000 one-word paragraphs), so this keeps any .docx to seconds; a real document's XML runs
 * to 30-80 bytes a word, so a story of 12,000 words or more fits.
 */
export const MAX_WORD_XML_BYTES = 1024 * 1024
/** Far more parts than a Word document has; the central directory is read no further. */
const MAX_PARTS = 10_000

/** Why a Word document was not read, as a phrase that follows "Could not import “story.docx”: ". */
export class UnreadableWordDocumentError extends Error {}

/** A size as people read it: megabytes when large, kilobytes when close to the limit, where megabytes would round to it. */
function size(bytes: number): string {
  return bytes >= 10 * 1024 * 1024 ? `${Math.round(bytes / 1024 / 1024).toLocaleString('en')} MB` : `${Math.ceil(bytes / 1024).toLocaleString('en')} KB`
}

/**
 * The HTML of a Word document, never unpacking more than MAX_WORD_XML_BYTES. A .docx is a zip, whose
 * headers may claim anything: 1 MB on disk can unpack to gigabytes (a zip bomb), which mammoth would inflate
 * whole. So yauzl reads the zip's directory first; parts that are not XML (pictures, fonts, embedded files)
 * are never unpacked, since an article keeps no images; the XML parts' declared sizes are added up and
 * refused past the limit before any is inflated; and yauzl holds each part to its declared size while
 * inflating, so a header that lies stops the part there. Mammoth then reads a fresh zip holding only the
 * checked parts, never the original, whose directory its own zip reader (JSZip) might read differently.
 */
export async function wordDocumentToHtml(bytes: Buffer): Promise<string> {
  const parts = await xmlParts(bytes)
  const checked = new JSZip()
  for (const [name, data] of parts) checked.file(name, data)
  const { value } = await mammoth.convertToHtml(
    { buffer: await checked.generateAsync({ type: 'nodebuffer' }) },
    // Pictures become <img> without their data, which the HTML import drops anyway.
    { convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })) }
  )
  return value
}

async function xmlParts(bytes: Buffer): Promise<Map<string, Buffer>> {
  let zip: ZipFile
  try {
    zip = await yauzl.fromBufferPromise(bytes, { lazyEntries: true })
  } catch {
    throw notWord()
  }
  try {
    if (zip.entryCount > MAX_PARTS) throw new UnreadableWordDocumentError(`it has ${zip.entryCount} parts, more than a Word document has`)
    const xml = (await entries(zip)).filter((entry) => /\.(xml|rels)$/i.test(entry.fileName))
    const declared = xml.reduce((sum, entry) => sum + entry.uncompressedSize, 0)
    if (declared > MAX_WORD_XML_BYTES) {
      throw new UnreadableWordDocumentError(
        `its text would unpack to ${size(declared)}, more than the ${size(MAX_WORD_XML_BYTES)} Copydesk reads from a Word document (save a document that long as text or HTML to import it)`
      )
    }
    const parts = new Map<string, Buffer>()
    for (const entry of xml) parts.set(entry.fileName, await inflate(zip, entry))
    return parts
  } finally {
    zip.close()
  }
}

function entries(zip: ZipFile): Promise<Entry[]> {
  return new Promise((resolve, reject) => {
    const found: Entry[] = []
    zip.on('entry', (entry: Entry) => {
      found.push(entry)
      zip.readEntry()
    })
    zip.on('end', () => resolve(found))
    zip.on('error', () => reject(notWord()))
    zip.readEntry()
  })
}

/** One part's bytes; yauzl fails the stream as soon as it passes the size the part declared. */
async function inflate(zip: ZipFile, entry: Entry): Promise<Buffer> {
  if (!entry.canDecodeFileData()) throw new UnreadableWordDocumentError('it is encrypted or packed in a way Word documents are not')
  const chunks: Buffer[] = []
  try {
    for await (const chunk of await zip.openReadStreamPromise(entry)) chunks.push(chunk as Buffer)
  } catch {
    throw new UnreadableWordDocumentError(`its part “${entry.fileName}” does not unpack to what its zip header says (is it damaged, or a zip bomb?)`)
  }
  return Buffer.concat(chunks)
}

function notWord(): UnreadableWordDocumentError {
  return new UnreadableWordDocumentError('it is not a Word document that can be read (is it a .doc saved with a .docx name, or damaged?)')
}
