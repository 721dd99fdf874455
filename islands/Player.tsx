import { useEffect, useMemo, useRef, useState } from 'preact/hooks'
import { narrationClips } from './player/audio-schedule.ts'
import { CAPTION_PRESET_NAMES, CAPTION_PRESETS, DEFAULT_CAPTION_PRESET, type CaptionPresetName } from './player/caption-style.ts'
import { createPlayerEngine, type PlayerEngine, type PlayerState } from './player/engine.ts'
import { ExportControls } from './player/ExportControls.tsx'
import { counted, fill } from './player/fill.ts'
import { createMusicControl, type MusicControl } from './player/music-control.ts'
import { MusicControls } from './player/MusicControls.tsx'
import { createMusicSaver } from './player/music-save.ts'
import { createNarrationPlayer } from './player/narration.ts'
import { SceneStrip } from './player/SceneStrip.tsx'
import { createTimeline } from './player/timeline.ts'
import { describePosition, formatProgress } from './player/time-format.ts'
import { cueTextAt } from './player/track-cues.ts'
import { CANVAS_SIZES, type PlayerProps } from './player/types.ts'
import { MUSIC_LEVEL_LIMITS } from '../shared/music.ts'

export type { PlayerProps, PlayerScene } from './player/types.ts'

/** The caption choice that stands for the brand kit's own look. */
const BRAND = 'brand'
type CaptionChoice = CaptionPresetName | typeof BRAND

/** How far ←/→ move, as in most web video players. */
export const SEEK_STEP_SEC = 5
const REDUCED_MOTION = '(prefers-reduced-motion: reduce)'

/**
 * The position shown by the controls, in tenths of a second: the canvas repaints every frame,
 * but the controls re-render at most ten times a second.
 */
const toView = (state: PlayerState): PlayerState => ({ ...state, timeSec: Math.floor(state.timeSec * 10) / 10 })
const sameView = (a: PlayerState, b: PlayerState) => a.timeSec === b.timeSec && a.playing === b.playing && a.sceneIndex === b.sceneIndex

/** Keys that activate a focused button or link natively: Space there must keep doing that. */
const activatesNatively = (target: EventTarget | null) => target instanceof Element && target.closest('button, a[href], summary') !== null
/** Inside the music controls every key is the control's own (a checkbox, a slider). */
const ownsKeys = (target: EventTarget | null) => target instanceof Element && target.closest('.player-music') !== null

/** One AudioContext for the narration and the music, made on the first play (a gesture), so both run on one clock. */
const sharedAudio = () => {
  let context: AudioContext | null = null
  return {
    get: () => (context ??= new AudioContext()),
    close: () => {
      if (context && context.state !== 'closed') context.close().catch(() => {})
    },
  }
}

const PlayIcon = () => (
  <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
    <path d="M7 4.5v15l13-7.5z" fill="currentColor" />
  </svg>
)
const PauseIcon = () => (
  <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
    <path d="M6 4.5h4v15H6zm8 0h4v15h-4z" fill="currentColor" />
  </svg>
)

/**
 * Plays a storyboard as a video on a canvas (posters with pan and zoom, on-screen text, captions,
 * crossfades) with its narration, and exports it as an MP4 or WebM file. The server renders a still
 * frame and the controls; everything that needs the browser (canvas, clock, audio, media queries)
 * starts in an effect.
 *
 * Captions are drawn on the canvas, and also carried by a real `<track kind="captions">` (the
 * WebVTT file) on a hidden media element: the browser loads and parses it, the player reads the cue
 * under its playhead from it into a polite live region, so a screen reader hears the caption the
 * canvas shows. The WebVTT/SRT files are offered as downloads beside the export too.
 *
 * Keyboard, anywhere in the player: Space or K plays/pauses, ← and → seek 5 s, Home/End jump.
 */
export default function Player({
  videoId,
  title,
  aspect,
  scenes,
  captionsUrl = null,
  language,
  messages,
  uiLanguage,
  brand = null,
  music = null,
  musicOwner = null,
}: PlayerProps) {
  const size = CANVAS_SIZES[aspect] ?? CANVAS_SIZES['16:9']
  const totalSec = scenes.reduce((sum, scene) => sum + scene.durationSec, 0)
  const canvasRef = useRef<HTMLCanvasElement>(null)
  const trackRef = useRef<HTMLTrackElement>(null)
  const [spokenCaption, setSpokenCaption] = useState('')
  const [engine, setEngine] = useState<PlayerEngine | null>(null)
  const [view, setView] = useState<PlayerState>({ timeSec: 0, playing: false, sceneIndex: 0 })
  const [recording, setRecording] = useState(false)
  // A brand kit's caption look comes first, and is what plays until the viewer picks another.
  const [captionPreset, setCaptionPreset] = useState<CaptionChoice>(brand ? BRAND : DEFAULT_CAPTION_PRESET)
  const styleOf = (choice: CaptionChoice) => (choice === BRAND && brand ? brand.captionStyle : CAPTION_PRESETS[choice as CaptionPresetName])
  // A stored level of 0 is "off": switching it on again starts from the default level.
  const [musicOn, setMusicOn] = useState((music?.level ?? 0) > 0)
  const [musicLevel, setMusicLevel] = useState(music && music.level > 0 ? music.level : MUSIC_LEVEL_LIMITS.default)
  const musicRef = useRef<MusicControl | null>(null)
  const musicSaver = useMemo(() => (musicOwner ? createMusicSaver(musicOwner) : null), [musicOwner?.videoId])

  useEffect(() => {
    const canvas = canvasRef.current
    if (!canvas || scenes.length === 0) return
    const motionQuery = typeof matchMedia === 'function' ? matchMedia(REDUCED_MOTION) : null
    const created = createPlayerEngine({
      scenes,
      context: canvas.getContext('2d'),
      size,
      reducedMotion: motionQuery?.matches ?? false,
      captionStyle: styleOf(captionPreset),
      brand,
    })
    // Crossfades never move a scene's start, so the clips' times hold with or without reduced motion.
    const sceneStartsSec = createTimeline(scenes.map((scene) => scene.durationSec)).startsSec
    const audio = sharedAudio()
    const narration = createNarrationPlayer({ clips: narrationClips(scenes, sceneStartsSec), createContext: audio.get })
    const musicControl = music
      ? createMusicControl({
          settings: music,
          levelPercent: musicOn ? musicLevel : 0,
          durationSec: created.totalSec,
          scenes,
          sceneStartsSec,
          context: audio.get,
          position: () => created.state(),
        })
      : null
    musicRef.current = musicControl
    // The island hydrates when it scrolls into view: a person about to watch.
    narration.prefetch()
    const stopFollowing = created.onTransport((transport) => {
      narration.follow(transport)
      musicControl?.follow(transport)
    })
    const unsubscribe = created.subscribe((state) => {
      const next = toView(state)
      setView((previous) => (sameView(previous, next) ? previous : next))
    })
    const onMotionChange = () => created.setReducedMotion(motionQuery?.matches ?? false)
    motionQuery?.addEventListener('change', onMotionChange)
    // A track on a media element with no source stays disabled (and unloaded) until asked for:
    // 'hidden' loads it without the browser drawing it over a video there is none of.
    const trackElement = trackRef.current
    const textTrack = trackElement?.track ?? null
    if (textTrack) textTrack.mode = 'hidden'
    const followCaption = () => setSpokenCaption(textTrack ? cueTextAt(textTrack.cues, created.state().timeSec) : '')
    const stopCaptions = created.subscribe(followCaption)
    trackElement?.addEventListener('load', followCaption)
    setEngine(created)
    return () => {
      motionQuery?.removeEventListener('change', onMotionChange)
      trackElement?.removeEventListener('load', followCaption)
      stopCaptions()
      unsubscribe()
      stopFollowing()
      musicControl?.destroy()
      narration.destroy()
      audio.close()
      created.destroy()
    }
    // An island's props never change after hydration: one engine for its lifetime.
  }, [])

  if (scenes.length === 0) return <p class="player-empty muted">{messages.empty}</p>

  // While recording, the storyboard must play through untouched: the controls are locked.
  const usable = engine !== null && !recording
  const first = scenes[0]!

  const onKeyDown = (event: KeyboardEvent) => {
    if (!engine || recording || event.altKey || event.ctrlKey || event.metaKey || ownsKeys(event.target)) return
    const now = engine.state().timeSec
    switch (event.key) {
      case ' ':
        if (activatesNatively(event.target)) return
        engine.toggle()
        break
      case 'k':
      case 'K':
        engine.toggle()
        break
      case 'ArrowLeft':
        engine.seek(now - SEEK_STEP_SEC)
        break
      case 'ArrowRight':
        engine.seek(now + SEEK_STEP_SEC)
        break
      case 'Home':
        engine.seek(0)
        break
      case 'End':
        engine.seek(totalSec)
        break
      default:
        return
    }
    event.preventDefault()
  }

  return (
    <div
      class={`player player-${aspect.replace(':', 'x')}`}
      role="group"
      aria-label={fill(messages.player, { title })}
      onKeyDown={onKeyDown}
      data-state={view.playing ? 'playing' : 'paused'}
    >
      <div class="player-stage">
        <img
          class="player-poster"
          src={first.posterUrl}
          width={first.posterWidth}
          height={first.posterHeight}
          alt=""
          loading="lazy"
          decoding="async"
        />
        <canvas
          ref={canvasRef}
          class="player-canvas"
          width={size.width}
          height={size.height}
          role="img"
          aria-label={fill(messages.canvas, { title, scenes: counted(messages.scenes, uiLanguage, scenes.length) })}
          aria-keyshortcuts="Space K ArrowLeft ArrowRight"
          tabIndex={0}
          onClick={() => usable && engine.toggle()}
        />
        {captionsUrl && (
          // Never shown or played: it carries the captions track for the browser and assistive tech.
          <video class="player-track-host" hidden muted preload="none">
            <track ref={trackRef} kind="captions" src={captionsUrl} srclang={language} label={messages.captions} default />
          </video>
        )}
        <p class="player-sr player-spoken-caption" aria-live="polite">
          {spokenCaption}
        </p>
      </div>
      <div class="player-controls">
        <button
          type="button"
          class="btn player-play"
          aria-label={view.playing ? messages.pause : messages.play}
          disabled={!usable}
          onClick={() => engine?.toggle()}
        >
          {view.playing ? <PauseIcon /> : <PlayIcon />}
        </button>
        <input
          class="player-seek"
          type="range"
          min={0}
          max={totalSec}
          step={0.1}
          value={view.timeSec}
          aria-label={messages.seek}
          aria-valuetext={describePosition(messages.position, view.timeSec, totalSec, view.sceneIndex, scenes.length)}
          disabled={!usable}
          onInput={(event) => engine?.seek(Number(event.currentTarget.value))}
        />
        <span class="player-time">{formatProgress(view.timeSec, totalSec)}</span>
      </div>
      <SceneStrip
        messages={messages}
        scenes={scenes}
        current={view.sceneIndex}
        disabled={!usable}
        onSelect={(start) => engine?.seek(start)}
      />
      <ExportControls
        messages={messages}
        uiLanguage={uiLanguage}
        title={title}
        aspect={aspect}
        scenes={scenes}
        engine={engine}
        canvas={() => canvasRef.current}
        onRecordingChange={setRecording}
        music={music && { settings: music, level: musicOn ? musicLevel : 0 }}
      />
      {music && (
        <MusicControls
          messages={messages}
          uiLanguage={uiLanguage}
          on={musicOn}
          level={musicLevel}
          disabled={!usable}
          onChange={(on, level) => {
            setMusicOn(on)
            setMusicLevel(level)
            musicRef.current?.setLevel(on ? level : 0)
            musicSaver?.save(on ? level : 0)
          }}
        />
      )}
      <div class="player-captions">
        <label class="player-option">
          <span>{messages.captions}</span>
          <select
            class="player-caption-style"
            value={captionPreset}
            disabled={!engine}
            onChange={(event) => {
              const name = event.currentTarget.value as CaptionChoice
              setCaptionPreset(name)
              engine?.setCaptionStyle(styleOf(name))
            }}
          >
            {brand && <option value={BRAND}>{messages.captionStyles.brand}</option>}
            {CAPTION_PRESET_NAMES.map((name) => (
              <option value={name}>{messages.captionStyles[name]}</option>
            ))}
          </select>
        </label>
        {captionsUrl && (
          <span class="player-caption-files">
            {messages.downloadCaptions}{' '}
            <a href={captionsUrl} download>
              WebVTT
            </a>{' '}
            ·{' '}
            <a href={`/api/videos/${encodeURIComponent(videoId)}/captions.srt`} download>
              SRT
            </a>
          </span>
        )}
      </div>
    </div>
  )
}
