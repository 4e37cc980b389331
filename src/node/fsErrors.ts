/** What went wrong with a file operation, in words a user can act on. */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code
  switch (code) {
    case 'ENOENT':
      return 'the file or its folder does not exist'
    case 'EACCES':
    case 'EPERM':
      return 'permission denied'
    case 'EROFS':
      return 'the disk is read-only'
    case 'ENOSPC':
    case 'EDQUOT':
      return 'the disk is full'
    case 'EFBIG':
      return 'the file is larger than this disk or account allows'
    case 'ENOTDIR':
      return 'part of its folder path is not a folder'
    case 'EISDIR':
      return 'it is a folder'
    case 'EBUSY':
    case 'ETXTBSY':
      return 'the file is locked by another program'
    default:
      return (error as Error)?.message ?? String(error)
  }
}
