import QRCode from 'qrcode'
import { useMemo } from 'react'

/** A QR code drawn as one SVG path from the library's module matrix (no markup injection). */
export function Qr({ text, label }: { text: string; label: string }) {
  const { size, d } = useMemo(() => {
    const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' })
    let path = ''
    for (let y = 0; y < modules.size; y++)
      for (let x = 0; x < modules.size; x++)
        if (modules.get(x, y)) path += `M${x + 2} ${y + 2}h1v1h-1z`
    return { size: modules.size + 4, d: path }
  }, [text])
  return (
    <svg className="qr" viewBox={`0 0 ${size} ${size}`} role="img" aria-label={label}>
      <rect width={size} height={size} fill="#fff" />
      <path d={d} fill="#000" shapeRendering="crispEdges" />
    </svg>
  )
}
