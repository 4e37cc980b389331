import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { existsSync, writeFileSync } from 'node:fs'
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** Where Debian's packages put what the real WordPress needs (.ci/run installs them). */
const WORDPRESS = '/usr/share/wordpress'
const MARIADB = ['mariadbd', '/usr/sbin/mariadbd', '/usr/sbin/mysqld'].find((command) => command.startsWith('/') ? existsSync(command) : spawnSync('which', [command]).status === 0)

/** A fresh WordPress site on 127.0.0.1, its users and their application passwords. */
export interface WordpressSite {
  url: string
  /** An editor (who may create posts) and a subscriber (who may not), each with an application password. */
  editor: { user: string; password: string }
  subscriber: { user: string; password: string }
  /** Runs PHP inside the site (WordPress loaded) and answers what it prints: to look at what a client cannot. */
  php: (code: string) => string
  /** Stops the web server (the database stays), as a site going down would; `start` brings it back. */
  stop: () => Promise<void>
  start: () => Promise<void>
  close: () => Promise<void>
}

/** What is missing for a real WordPress here, or null when everything is. */
export function wordpressMissing(): string | null {
  const missing = [
    existsSync(join(WORDPRESS, 'wp-settings.php')) ? '' : 'wordpress',
    MARIADB ? '' : 'mariadb-server',
    spawnSync('php', ['-r', 'exit(function_exists("mysqli_connect") ? 0 : 1);']).status === 0 ? '' : 'php-cli php-mysql'
  ].filter(Boolean)
  return missing.length ? `Debian packages missing: ${missing.join(' ')} (.ci/run installs them)` : null
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
    server.on('error', reject)
  })
}

async function waitFor(check: () => boolean | Promise<boolean>, what: string, timeoutMs = 30_000): Promise<void> {
  const until = Date.now() + timeoutMs
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`Timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

function run(command: string, args: string[], input?: string): string {
  const result = spawnSync(command, args, { input, encoding: 'utf8' })
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.status}): ${result.stderr || result.stdout}`)
  return result.stdout
}

const secret = (): string => Array.from({ length: 48 }, () => Math.floor(Math.random() * 36).toString(36)).join('')

/**
 * Starts a real WordPress from Debian's packages: a private MariaDB (its own data folder and socket, no
 * network), a copy of WordPress with its own wp-config.php, installed without a browser, with pretty
 * permalinks (so the REST API is at /wp-json/) served by PHP's built-in server (cron off: nothing runs behind
 * a test's back). `WP_ENVIRONMENT_TYPE` 'local'
 * lets application passwords work over plain http, and DISALLOW_UNFILTERED_HTML makes even an editor's posts
 * pass through WordPress's allow-list (kses), as on most newsroom sites.
 */
export async function startWordpress(): Promise<WordpressSite> {
  const missing = wordpressMissing()
  if (missing) throw new Error(missing)
  const dir = await mkdtemp(join(tmpdir(), 'copydesk-wp-'))
  const data = join(dir, 'db')
  const socket = join(dir, 'db.sock')
  const root = process.getuid?.() === 0 ? ['--user=root'] : []
  run('mariadb-install-db', ['--no-defaults', `--datadir=${data}`, '--auth-root-authentication-method=normal', '--skip-test-db', ...root])
  const database = spawn(MARIADB!, ['--no-defaults', `--datadir=${data}`, `--socket=${socket}`, '--skip-networking', `--pid-file=${join(dir, 'db.pid')}`, `--log-error=${join(dir, 'db.log')}`, ...root], { stdio: 'ignore' })
  await waitFor(() => spawnSync('mariadb-admin', ['--no-defaults', `--socket=${socket}`, '-uroot', 'ping']).status === 0, 'MariaDB')
  run('mariadb', ['--no-defaults', `--socket=${socket}`, '-uroot', '-e', 'CREATE DATABASE wordpress CHARACTER SET utf8mb4'])

  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  const site = join(dir, 'wp')
  await cp(WORDPRESS, site, { recursive: true, dereference: true })
  const keys = ['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT']
  await writeFile(
    join(site, 'wp-config.php'),
    `<?php
define('DB_NAME', 'wordpress'); define('DB_USER', 'root'); define('DB_PASSWORD', ''); define('DB_HOST', 'localhost:${socket}');
define('DB_CHARSET', 'utf8mb4'); define('DB_COLLATE', '');
${keys.map((key) => `define('${key}', '${secret()}');`).join('\n')}
$table_prefix = 'wp_';
define('WP_HOME', '${url}'); define('WP_SITEURL', '${url}');
define('WP_ENVIRONMENT_TYPE', 'local');
define('DISALLOW_UNFILTERED_HTML', true);
define('DISABLE_WP_CRON', true);
define('WP_CONTENT_DIR', __DIR__ . '/wp-content');
if (!defined('ABSPATH')) define('ABSPATH', __DIR__ . '/');
require_once ABSPATH . 'wp-settings.php';
`
  )
  // Every request that is not a file goes to WordPress, which matches its own permalinks (/wp-json/…).
  await writeFile(join(dir, 'router.php'), `<?php\nif ($_SERVER['REQUEST_URI'] !== '/' && is_file(__DIR__ . '/wp' . parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH))) return false;\n$_SERVER['SCRIPT_NAME'] = '/index.php';\nrequire __DIR__ . '/wp/index.php';\n`)
  const php = (code: string, installing = false): string => {
    const script = join(dir, `run-${secret().slice(0, 8)}.php`)
    // Before the install, WordPress answers any load with a redirect to its installer unless told it is installing.
    writeFileSync(script, `<?php\n${installing ? "define('WP_INSTALLING', true);\n" : ''}$_SERVER['HTTP_HOST'] = '127.0.0.1:${port}';\nrequire '${site}/wp-load.php';\n${code}\n`)
    return run('php', [script])
  }
  const passwords = JSON.parse(
    php(
      `require_once ABSPATH . 'wp-admin/includes/upgrade.php';
wp_install('Copydesk Test Desk', 'admin', 'admin@example.test', false, '', '${secret()}');
update_option('permalink_structure', '/%postname%/');
flush_rewrite_rules();
$editor = wp_insert_user(['user_login' => 'eddie', 'user_pass' => '${secret()}', 'user_email' => 'eddie@example.test', 'role' => 'editor', 'display_name' => 'Eddie Editor']);
$subscriber = wp_insert_user(['user_login' => 'sam', 'user_pass' => '${secret()}', 'user_email' => 'sam@example.test', 'role' => 'subscriber', 'display_name' => 'Sam Subscriber']);
echo json_encode([
  'editor' => WP_Application_Passwords::create_new_application_password($editor, ['name' => 'copydesk'])[0],
  'subscriber' => WP_Application_Passwords::create_new_application_password($subscriber, ['name' => 'copydesk'])[0],
]);`,
      true
    )
      .trim()
      .split('\n')
      .pop()!
  ) as { editor: string; subscriber: string }

  let server: ChildProcess | null = null
  const start = async (): Promise<void> => {
    // Several workers: WordPress calls itself now and then (a loopback check), which one worker would wait on.
    // Its own process group, so that stopping it stops the workers too.
    server = spawn('php', ['-S', `127.0.0.1:${port}`, '-t', site, join(dir, 'router.php')], { stdio: 'ignore', detached: true, env: { ...process.env, PHP_CLI_SERVER_WORKERS: '4' } })
    await waitFor(async () => fetch(`${url}/wp-json/`).then((response) => response.ok, () => false), 'WordPress to answer')
  }
  const stop = async (): Promise<void> => {
    const running = server
    server = null
    if (!running || running.exitCode !== null) return
    await new Promise<void>((resolve) => {
      running.once('exit', () => resolve())
      process.kill(-running.pid!, 'SIGTERM')
    })
    await waitFor(async () => fetch(`${url}/wp-json/`).then(() => false, () => true), 'WordPress to stop')
  }
  await start()
  return {
    url,
    editor: { user: 'eddie', password: passwords.editor },
    subscriber: { user: 'sam', password: passwords.subscriber },
    php,
    stop,
    start,
    close: async () => {
      await stop()
      database.kill()
      await new Promise((resolve) => database.once('exit', resolve))
      await rm(dir, { recursive: true, force: true })
    }
  }
}
