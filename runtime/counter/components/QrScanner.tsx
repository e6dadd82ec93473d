import jsQR from 'jsqr'
import { useEffect, useRef, useState } from 'react'
import { useI18n } from '../../ui/i18n'

/** Decodes the first QR code in an image's pixels, or undefined. */
function decode(source: CanvasImageSource, width: number, height: number): string | undefined {
  const canvas = document.createElement('canvas')
  canvas.width = width
  canvas.height = height
  const ctx = canvas.getContext('2d', { willReadFrequently: true })
  if (!ctx) return undefined
  ctx.drawImage(source, 0, 0, width, height)
  const { data } = ctx.getImageData(0, 0, width, height)
  return jsQR(data, width, height)?.data
}

/** A photo or scan of a printed form: the QR code is read in the browser. */
export async function decodeImageFile(file: File): Promise<string | undefined> {
  const bitmap = await createImageBitmap(file)
  // large scans are scaled down: a QR code stays readable at 1600 px and decoding stays quick
  const scale = Math.min(1, 1600 / Math.max(bitmap.width, bitmap.height))
  return decode(bitmap, Math.round(bitmap.width * scale), Math.round(bitmap.height * scale))
}

/** The camera, scanning a few frames a second until a QR code is read. */
export function CameraScanner({ onText }: { onText: (text: string) => void }) {
  const { t } = useI18n()
  const video = useRef<HTMLVideoElement>(null)
  const [error, setError] = useState<string>()
  useEffect(() => {
    let stream: MediaStream | undefined
    let timer: number | undefined
    let live = true
    navigator.mediaDevices
      ?.getUserMedia({ video: { facingMode: 'environment' } })
      .then((s) => {
        stream = s
        if (!live || !video.current) return
        video.current.srcObject = s
        void video.current.play()
        timer = window.setInterval(() => {
          const v = video.current
          if (!v || v.videoWidth === 0) return
          const text = decode(v, v.videoWidth, v.videoHeight)
          if (text) onText(text)
        }, 300)
      })
      .catch(() => setError(t('scan.noCamera')))
    if (!navigator.mediaDevices) setError(t('scan.noCamera'))
    return () => {
      live = false
      window.clearInterval(timer)
      for (const track of stream?.getTracks() ?? []) track.stop()
    }
  }, [onText, t])
  if (error)
    return (
      <p className="alert warn" role="status">
        {error}
      </p>
    )
  return <video ref={video} className="camera" muted playsInline aria-label={t('scan.camera')} />
}
