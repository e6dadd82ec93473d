// A bare node:http server that answers every request with the bytes of one file: the baseline.
import { readFileSync } from 'node:fs'
import { createServer } from 'node:http'

const [file, port] = process.argv.slice(2)
const body = readFileSync(file!)
const headers = {
  'content-type': 'application/json; charset=utf-8',
  'content-length': String(body.length),
  'cache-control': 'public, max-age=31536000, immutable',
  etag: '"bare"',
}
createServer((_req, res) => {
  res.writeHead(200, headers)
  res.end(body)
}).listen(Number(port), () => console.log('bare server running at', port))
